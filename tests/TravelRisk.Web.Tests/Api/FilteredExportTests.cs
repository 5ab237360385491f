using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>The exports take the trip list's filters and carry each trip's notes, legs and sources.</summary>
public class FilteredExportTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    readonly HttpClient _client = seeded.Client;

    async Task<List<int>> ListedIdsAsync(string filter)
    {
        var page = await _client.OkJsonAsync<PageResponse<TripSummaryResponse>>($"/api/v1/trips?{filter}&pageSize=200");
        page.Total.Should().BeLessThanOrEqualTo(200, "the comparison needs the whole list on one page");
        return [.. page.Items.Select(t => t.Id).Order()];
    }

    [Theory]
    [InlineData("person=vladimir-putin")]
    [InlineData("state=ZAF")]
    [InlineData("obligation=ArrestRequired&from=2023-01-01")]
    public async Task Json_SameTripsAsTheList_WithLegsAndSourcesFromTheDatabase(string filter)
    {
        var exported = await _client.OkJsonAsync<List<TripExportResponse>>($"/api/v1/export/trips.json?{filter}");

        exported.Select(t => t.Id).Order().Should().Equal(await ListedIdsAsync(filter)).And.NotBeEmpty();
        var ids = exported.Select(t => t.Id).ToList();
        var stored = await seeded.App.QueryAsync(db => db.Trips
            .AsNoTracking()
            .Include(t => t.Legs)
            .Include(t => t.Sources)
            .Where(t => ids.Contains(t.Id))
            .ToListAsync());
        foreach (var trip in stored)
        {
            var row = exported.Single(t => t.Id == trip.Id);
            row.Notes.Should().Be(trip.Notes);
            row.Legs.Select(l => l.Country).Should().BeEquivalentTo(trip.Legs.Select(l => l.CountryIso3));
            row.Sources.Select(s => s.Url).Should().BeEquivalentTo(trip.Sources.Select(s => s.Url));
        }
        stored.Sum(t => t.Sources.Count).Should().BePositive("the seeded trips have sources to export");
    }

    [Fact]
    public async Task Csv_ParsesWithEveryColumn_FiltersLikeTheList_JoinFilesKeyedByTrip()
    {
        const string filter = "person=vladimir-putin";
        var tripId = (await ListedIdsAsync(filter))[0];
        await seeded.App.QueryAsync(async db =>
        {
            var trip = await db.Trips.SingleAsync(t => t.Id == tripId);
            trip.Notes = "=HYPERLINK(\"http://evil\")";
            return await db.SaveChangesAsync();
        });

        var trips = await ReadCsvAsync($"/api/v1/export/trips.csv?{filter}");
        trips[0].Take(20).Should().Equal(
            "id", "slug", "person", "person_name", "state", "state_name", "summit", "start_date", "end_date", "status",
            "representative", "confidence", "revision", "review", "obligation", "reason", "contested", "deciding_day",
            "deciding_state", "legal_basis");
        trips[0].Skip(20).Should().Equal("notes", "legs", "sources");
        trips.Skip(1).Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)).Order()
            .Should().Equal(await ListedIdsAsync(filter));
        var notes = trips.Single(r => r[0] == tripId.ToString(CultureInfo.InvariantCulture))[20];
        notes.Should().NotStartWith("=", "a note must not run as a spreadsheet formula").And.Contain("HYPERLINK");

        var sources = await ReadCsvAsync($"/api/v1/export/trip_sources.csv?{filter}");
        var listed = await ListedIdsAsync(filter);
        var expected = await seeded.App.QueryAsync(db => db.TripSources.CountAsync(s => listed.Contains(s.TripId)));
        sources.Should().HaveCount(expected + 1);
        sources.Skip(1).Select(r => r[0]).Should().OnlyContain(id => trips.Skip(1).Any(t => t[0] == id));
        var legs = await ReadCsvAsync($"/api/v1/export/trip_legs.csv?{filter}");
        legs[0].Should().Equal("trip_id", "trip_slug", "kind", "country", "start_date", "end_date", "source", "notes");
    }

    [Theory]
    [InlineData("/api/v1/export/trips.csv?status=Maybe", "status")]
    [InlineData("/api/v1/export/trips.json?from=yesterday", "from")]
    [InlineData("/api/v1/export/trip_legs.csv?state=ZA", "state")]
    [InlineData("/api/v1/export/trip_sources.csv?review=Perhaps", "review")]
    public async Task BadFilter_400NamingIt(string url, string field)
    {
        var problem = await _client.ProblemAsync(url, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
    }

    [Fact]
    public async Task UnknownPerson_404()
    {
        await _client.ProblemAsync("/api/v1/export/trips.csv?person=nobody-at-all", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/v1/export/trips.csv")]
    [InlineData("/api/v1/export/trips.json")]
    [InlineData("/api/v1/export/trip_sources.csv")]
    public async Task ETag_DiffersPerFilter_And304(string path)
    {
        using var all = await _client.GetAsync(path);
        using var putin = await _client.GetAsync(path + "?person=vladimir-putin");
        all.Headers.ETag.Should().NotBeNull();
        putin.Headers.ETag!.Tag.Should().NotBe(all.Headers.ETag!.Tag);

        using var again = new HttpRequestMessage(HttpMethod.Get, path + "?person=vladimir-putin");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(putin.Headers.ETag.Tag));
        using var notModified = await _client.SendAsync(again);
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Theory]
    [InlineData("/leaders/vladimir-putin", "person=vladimir-putin", "Vladimir Putin&#x27;s trips")]
    [InlineData("/states/ZAF", "state=ZAF", "trips to South Africa")]
    [InlineData("/trips?review=Verified", "review=Verified", "Verified trips")]
    public async Task Pages_LinkToTheirFilteredExportsAndFeeds(string page, string filter, string subject)
    {
        var html = await _client.GetStringAsync(page);

        html.Should()
            .Contain($"href=\"/api/v1/export/trips.csv?{filter}\"")
            .And.Contain($"aria-label=\"Download {subject} as CSV\"");
        html.Should().Contain($"href=\"/api/v1/export/trips.json?{filter}\"");
        foreach (var href in new[]
        {
            "/api/v1/export/trips.csv", "/api/v1/export/trips.json", "/api/v1/feed.atom", "/api/v1/calendar.ics"
        })
        {
            var start = html.IndexOf($"href=\"{href}", StringComparison.Ordinal);
            start.Should().BePositive(href);
            var url = WebUtility.HtmlDecode(html[(start + 6)..html.IndexOf('"', start + 6)]);
            using var response = await _client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        }
    }

    async Task<List<string[]>> ReadCsvAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        var text = await response.Content.ReadAsStringAsync();
        var rows = new List<string[]>();
        using var reader = CsvHelper.CsvReader.FromText(text, new CsvHelper.CsvReaderOptions
        {
            HasHeader = false,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvHelper.CsvMalformedDataHandling.Throw
        });
        while (reader.Read())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        rows.Should().OnlyContain(r => r.Length == rows[0].Length, "every row has every column");
        return rows;
    }
}
