using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// The Atom and iCal feeds narrowed to one person or State; the seed import is not news; the past is not planned.
/// </summary>
public class FilteredFeedTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    readonly HttpClient _client = seeded.Client;

    async Task<SyndicationFeed> AtomAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task Atom_StartsFromRealChanges_AndNarrowsToThePerson()
    {
        var empty = await AtomAsync("/api/v1/feed.atom?person=vladimir-putin");
        empty.Items.Should().BeEmpty("the seeded app has only the import's revisions");
        empty.LastUpdatedTime.Should().NotBe(default, "an empty feed still has its updated");

        var (putinTrip, otherTrip) = await seeded.App.QueryAsync(async db =>
        {
            var putin = await db.Leaders.SingleAsync(l => l.Slug == "vladimir-putin");
            var mine = await db.Trips.FirstAsync(t => t.LeaderId == putin.Id);
            var other = await db.Trips.FirstAsync(t => t.LeaderId != putin.Id);
            foreach (var trip in new[] { mine, other })
            {
                var seed = await db.TripRevisions
                    .AsNoTracking()
                    .Where(r => r.TripId == trip.Id)
                    .OrderBy(r => r.Number)
                    .FirstAsync();
                db.TripRevisions.Add(new TripRevision
                {
                    TripId = trip.Id,
                    Number = seed.Number + 1,
                    ChangedAtUtc = DateTime.UtcNow,
                    Actor = "api:newsroom",
                    Summary = "Added a source",
                    Snapshot = seed.Snapshot
                });
            }
            await db.SaveChangesAsync();
            return (mine.Id, other.Id);
        });
        // Written behind the app's back: drop what the output cache holds, as the app's own writes do.
        await seeded.App.Services.GetRequiredService<IOutputCacheStore>()
            .EvictByTagAsync(TravelRisk.Web.Api.ApiOutputCache.Trips, default);

        var feed = await AtomAsync("/api/v1/feed.atom?person=vladimir-putin");
        feed.Items.Should().ContainSingle().Which.Links.Single().Uri.AbsolutePath.Should().Be($"/trips/{putinTrip}");
        var all = await AtomAsync("/api/v1/feed.atom");
        all.Items.Should().HaveCount(2).And.OnlyContain(i => !i.Title.Text.Contains("Imported from"));
        all.Items.Select(i => i.Links.Single().Uri.AbsolutePath).Should().Contain($"/trips/{otherTrip}");
    }

    [Fact]
    public async Task Calendar_ForOnePerson_NothingPastSaysPlanned()
    {
        var pastId = await seeded.App.QueryAsync(async db =>
        {
            var putin = await db.Leaders.SingleAsync(l => l.Slug == "vladimir-putin");
            var trip = await db.Trips
                .Where(t => t.LeaderId == putin.Id && t.StartDate != null && t.EndDate < new DateOnly(2025, 1, 1))
                .FirstAsync();
            trip.Status = TripStatus.Planned;
            await db.SaveChangesAsync();
            return trip.Id;
        });
        await seeded.App.Services.GetRequiredService<IOutputCacheStore>()
            .EvictByTagAsync(TravelRisk.Web.Api.ApiOutputCache.Trips, default);

        using var response = await _client.GetAsync("/api/v1/calendar.ics?person=vladimir-putin");
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;

        var trips = calendar.Events.Where(e => e.Uid!.StartsWith("trip-", StringComparison.Ordinal)).ToList();
        trips.Should().NotBeEmpty().And.OnlyContain(e => e.Summary!.Contains("Vladimir Putin"));
        trips.Single(e => e.Uid == $"trip-{pastId}@travelrisk").Summary.Should().EndWith("(outcome not recorded)");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        trips.Where(e => DateOnly.FromDateTime(e.End!.Value) <= today).Should()
            .OnlyContain(e => !e.Summary!.Contains("(planned)"));
    }

    [Theory]
    [InlineData("/api/v1/feed.atom?person=Not A Slug!", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/calendar.ics?state=12", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/feed.atom?person=nobody-at-all", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/calendar.ics?state=XXX", HttpStatusCode.NotFound)]
    public async Task BadOrUnknownPersonOrState_Problem(string url, HttpStatusCode status)
    {
        await _client.ProblemAsync(url, status);
    }
}
