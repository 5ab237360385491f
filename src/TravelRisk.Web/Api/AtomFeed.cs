using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace TravelRisk.Web.Api;

/// <summary>
/// An Atom 1.0 document (RFC 4287), written by System.ServiceModel.Syndication over XmlWriter, which escapes
/// markup; characters XML cannot carry at all are dropped first (<see cref="FeedText"/>).
/// </summary>
public static class AtomFeed
{
    public sealed record Entry(
        string Id,
        string Title,
        DateTime UpdatedUtc,
        string Author,
        string Link,
        string Summary);

    public static string Write(string selfUrl, string title, DateTime updatedUtc, IReadOnlyList<Entry> entries)
    {
        var feed = new SyndicationFeed
        {
            Id = selfUrl,
            Title = new TextSyndicationContent(FeedText.Clean(title)),
            LastUpdatedTime = Utc(updatedUtc),
            Items = [.. entries.Select(Item)],
        };
        if (FeedText.Link(selfUrl) is { } self)
            feed.Links.Add(new SyndicationLink(self) { RelationshipType = "self" });
        feed.Authors.Add(new SyndicationPerson { Name = "TravelRisk" });

        using var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(
            bytes,
            new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
            new Atom10FeedFormatter(feed).WriteTo(xml);
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    static SyndicationItem Item(Entry entry)
    {
        var item = new SyndicationItem
        {
            Id = FeedText.Clean(entry.Id),
            Title = new TextSyndicationContent(FeedText.Clean(entry.Title)),
            LastUpdatedTime = Utc(entry.UpdatedUtc),
            Summary = new TextSyndicationContent(FeedText.Clean(entry.Summary)),
        };
        item.Authors.Add(new SyndicationPerson { Name = FeedText.Clean(entry.Author) });
        if (FeedText.Link(entry.Link) is { } link)
            item.Links.Add(SyndicationLink.CreateAlternateLink(link));
        return item;
    }

    static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
