using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class ExportAndFeedTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    readonly HttpClient _client = seeded.Client;

    Task<int> TripCountAsync() => seeded.App.QueryAsync(db => db.Trips.CountAsync());

    [Fact]
    public async Task TripsCsv_EveryTripWithItsFlag()
    {
        using var response = await _client.GetAsync("/api/v1/export/trips.csv");
        var text = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("id,slug,person,person_name,state,state_name,summit,start_date,end_date,status");
        lines.Length.Should().Be(await TripCountAsync() + 1);
        lines.Should().Contain(l => l.Contains(",vladimir-putin-2023-08-zaf,") && l.Contains(",ArrestRequired,"));
    }

    [Fact]
    public async Task TripsJson_EveryTripWithItsFlag()
    {
        var trips = await _client.OkJsonAsync<List<TripSummaryResponse>>("/api/v1/export/trips.json");

        trips.Should().HaveCount(await TripCountAsync());
        trips.Single(t => t.Slug == "vladimir-putin-2023-08-zaf").Obligation.Should()
            .Be(Domain.Rules.Obligation.ArrestRequired);
    }

    [Fact]
    public async Task Atom_LatestChangesAsValidAtom()
    {
        using var response = await _client.GetAsync("/api/v1/feed.atom");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        XNamespace atom = "http://www.w3.org/2005/Atom";
        feed.Root!.Name.Should().Be(atom + "feed");
        var entries = feed.Root.Elements(atom + "entry").ToList();
        feed.Root.Element(atom + "updated").Should().NotBeNull("a feed has its updated even with no entries");
        entries.Should().NotContain(
            e => e.Element(atom + "title")!.Value.Contains("Imported from"),
            "the seed import is not a change");
        entries
            .Where(e => e.Element(atom + "id") == null
                || e.Element(atom + "updated") == null
                || !e.Element(atom + "summary")!.Value.Contains("Flag:"))
            .Should().BeEmpty();
    }

    [Fact]
    public async Task Calendar_PlannedTripsAndUpcomingSummits_Rfc5545()
    {
        using var response = await _client.GetAsync("/api/v1/calendar.ics");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        text.Should()
            .StartWith("BEGIN:VCALENDAR\r\n")
            .And.Contain("\r\nVERSION:2.0\r\n")
            .And.EndWith("END:VCALENDAR\r\n");
        text.Replace("\r\n", "").Should().NotContain("\n", "every line ends with CRLF");
        text.Split("\r\n").Should().OnlyContain(
            line => Encoding.UTF8.GetByteCount(line) <= 75,
            "lines are folded at 75 octets");
        var unfolded = text.Replace("\r\n ", "");
        unfolded.Should().Contain("SUMMARY:[NoTreatyObligation] Vladimir Putin → United States (planned)");
        unfolded.Should().Contain("DTSTART;VALUE=DATE:20261214").And.Contain("DTEND;VALUE=DATE:20261216");
        var calendar = Ical.Net.Calendar.Load(text)!;
        calendar.Events.Should().Contain(e =>
            e.Summary == "[NoTreatyObligation] Vladimir Putin → United States (planned)" && e.IsAllDay);
    }

    [Fact]
    public void CalendarFeed_EscapesTextAndFoldsLongLines()
    {
        var ics = TravelRisk.Web.Api.CalendarFeed.Write("-//t//EN", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            [
                new(
                    Uid: "u",
                    Start: new(2026, 1, 2),
                    End: new(2026, 1, 2),
                    Summary: "a;b,c\\d\nline",
                    Description: new string('é', 100),
                    Url: null)
            ]);

        ics.Should().Contain("SUMMARY:a\\;b\\,c\\\\d\\nline");
        ics.Split("\r\n").Should().OnlyContain(line => Encoding.UTF8.GetByteCount(line) <= 75);
        ics.Replace("\r\n ", "").Should().Contain("DESCRIPTION:" + new string('é', 100));
        Ical.Net.Calendar.Load(ics)!.Events.Single().Summary.Should()
            .Be("a;b,c\\d\nline", "a reader gets the text back");
    }
}
