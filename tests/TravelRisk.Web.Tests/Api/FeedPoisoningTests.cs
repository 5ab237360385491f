using System.Net;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Api;
using TravelRisk.Web.Data;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// Rows stored before the input rules (or by hand) that once broke a feed for every reader: each is now harmless.
/// Written straight to the database, past the API's validation, as legacy rows would be.
/// </summary>
public class FeedPoisoningTests(WriterApp writer) : IClassFixture<WriterApp>
{
    const string Injection = "\r\nBEGIN:VEVENT\r\nUID:injected\r\nSUMMARY:injected\r\nEND:VEVENT";

    // PostgreSQL cannot store a NUL at all; the other control characters stand in for it there.
    string Controls => writer.App.Provider == DatabaseProvider.Sqlite ? "\0\u0001\u001b" : "\u0001\u001b";

    async Task WriteAsync(Func<TravelRiskDb, Task> change)
    {
        await writer.App.QueryAsync(async db =>
        {
            await change(db);
            return await db.SaveChangesAsync();
        });
        await writer.App.Services.GetRequiredService<IOutputCacheStore>()
            .EvictByTagAsync(ApiOutputCache.Trips, default);
    }

    [Fact]
    public async Task Calendar_SummitDated9999AndCrlfInFields_200AndNoInjectedEvent()
    {
        await WriteAsync(db =>
        {
            db.Summits.Add(new Summit
            {
                Slug = "poison-9999",
                Name = "Far future",
                Series = "Other",
                HostIso3 = "ZAF",
                StartDate = new(9999, 12, 31),
                Source = "https://example.org/far"
            });
            db.Summits.Add(new Summit
            {
                Slug = "poison-crlf",
                Name = "Evil; summit, \\ with" + Injection + Controls,
                Series = "Other",
                HostIso3 = "ZAF",
                StartDate = new(2027, 3, 1),
                EndDate = new(2027, 3, 2),
                Source = "https://example.org/x" + Injection,
            });
            return Task.CompletedTask;
        });

        using var response = await writer.Client.GetAsync("/api/v1/calendar.ics");
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        var lines = text.Split("\r\n");
        lines.Should().NotContain(
            l => l.StartsWith("UID:injected") || l.StartsWith("SUMMARY:injected"),
            "a CR LF in a stored field never starts a line");
        lines.Should().OnlyContain(l => Encoding.UTF8.GetByteCount(l) <= 75);
        text.Should().NotContain("\0").And.NotContain("\u001b");
        var calendar = Ical.Net.Calendar.Load(text)!;
        calendar.Events.Should().HaveCount(lines.Count(l => l == "BEGIN:VEVENT"));
        calendar.Events.Should().NotContain(
            e => e.Uid == "summit-poison-9999@travelrisk",
            "a date the calendar cannot end is left out");
        var evil = calendar.Events.Single(e => e.Uid == "summit-poison-crlf@travelrisk");
        evil.Summary.Should().StartWith("Evil; summit, \\ with\nBEGIN:VEVENT");
        evil.Url!.AbsoluteUri.Should().Contain("%0D%0ABEGIN:VEVENT");
    }

    [Fact]
    public async Task Atom_ControlCharactersInAChange_200AndWellFormed()
    {
        await WriteAsync(async db =>
        {
            var latest = await db.TripRevisions.OrderByDescending(r => r.Id).FirstAsync();
            latest.Summary = "Source added: Reu" + Controls + "ters <b>&amp;" + Injection;
            latest.Actor = "someone" + Controls + "@example.org";
        });

        using var response = await writer.Client.GetAsync("/api/v1/feed.atom");
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        var feed = XDocument.Parse(text);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        var changes = await writer.App.QueryAsync(db => db.TripRevisions.CountAsync(r => r.Actor != "data/"));
        entries.Should().HaveCount(Math.Min(50, changes), "every change but the seed import's, at most 50");
        entries[0].Element(atom + "title")!.Value.Should().Contain("Source added: Reuters <b>&amp;");
        text.Should().NotContain("someone").And.NotContain("<b>");
    }
}
