using System.Text;
using System.Xml;

namespace TravelRisk.Web.Api;

/// <summary>
/// Writes an Atom 1.0 document (RFC 4287) with XmlWriter. Hand-written because System.ServiceModel.Syndication is
/// not available here (docs/decisions/0004-hand-written-feeds.md).
/// </summary>
public static class AtomFeed
{
    const string Ns = "http://www.w3.org/2005/Atom";

    public sealed record Entry(string Id, string Title, DateTime UpdatedUtc, string Author, string Link, string Summary);

    public static string Write(string selfUrl, string title, DateTime updatedUtc, IReadOnlyList<Entry> entries)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, OmitXmlDeclaration = false }))
        {
            xml.WriteStartElement("feed", Ns);
            xml.WriteElementString("id", Ns, selfUrl);
            xml.WriteElementString("title", Ns, title);
            xml.WriteElementString("updated", Ns, Timestamp(updatedUtc));
            xml.WriteStartElement("link", Ns);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("href", selfUrl);
            xml.WriteEndElement();
            xml.WriteStartElement("author", Ns);
            xml.WriteElementString("name", Ns, "TravelRisk");
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", Ns);
                xml.WriteElementString("id", Ns, entry.Id);
                xml.WriteElementString("title", Ns, entry.Title);
                xml.WriteElementString("updated", Ns, Timestamp(entry.UpdatedUtc));
                xml.WriteStartElement("author", Ns);
                xml.WriteElementString("name", Ns, entry.Author);
                xml.WriteEndElement();
                xml.WriteStartElement("link", Ns);
                xml.WriteAttributeString("href", entry.Link);
                xml.WriteEndElement();
                xml.WriteElementString("summary", Ns, entry.Summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        // StringBuilder output declares utf-16; the response is UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    static string Timestamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
