using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Services;

/// <summary>
/// Edits and how they are published: a source known by outlet alone survives an edit, staff e-mail addresses never
/// reach readers, and the recent changes list the latest change first.
/// </summary>
public class TripEditsPublishedTests(WriterApp writer) : IClassFixture<WriterApp>
{
    const string Analyst = "analyst@example.org";
    readonly TripWriter _trips = writer.App.Services.GetRequiredService<TripWriter>();

    [Fact]
    public async Task Edit_TripWithASourceKnownByOutletAlone_KeepsItAndSaves()
    {
        // data/ may carry a source known by outlet alone (no URL, date or quote); the writer never creates one.
        var created = await writer.CreatePlannedTripAsync(Analyst, "2026-12-13");
        await writer.App.QueryAsync(db => db.Set<TripSource>().Where(s => s.TripId == created.Id)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Url, (string?)null)
                .SetProperty(s => s.Quote, (string?)null)
                .SetProperty(s => s.PublishedOn, (DateOnly?)null)));
        var trip = (await writer.App.Services.GetRequiredService<TripRecords>()
            .GetAsync(created.Id, CancellationToken.None))!;
        var request = new TripRequest(
            Leader: trip.Person,
            Host: trip.State,
            Summit: trip.Summit,
            StartDate: trip.StartDate,
            EndDate: trip.EndDate,
            Status: trip.Status,
            Representative: trip.Representative,
            Confidence: trip.Confidence,
            Notes: (trip.Notes ?? "") + " Checked again.",
            Legs:
            [
                .. trip.Legs.Select(l => new LegRequest(l.Kind, l.Country, l.StartDate, l.EndDate, l.Source, l.Notes))
            ],
            Sources: [.. trip.Sources.Select(s => new SourceRequest(s.Url, s.Outlet, s.PublishedOn, s.Quote))]);

        var result = await _trips.ReplaceAsync(trip.Id, trip.Revision, request, Analyst, CancellationToken.None);

        result.Outcome.Should().Be(
            TripWriteOutcome.Saved,
            string.Join("; ", result.Errors?.Select(e => $"{e.Field}: {e.Message}") ?? []));
        result.Trip!.Sources.Should().Contain(s => s.Url == null);
        (await writer.RevisionsAsync(trip.Id)).Last().Changes.Select(c => c.Field).Should().Equal("notes");
    }

    [Fact]
    public async Task StaffEmail_NotPublished_ToAnonymousReadersTheApiOrTheFeed()
    {
        var trip = await writer.CreatePlannedTripAsync(Analyst, "2026-12-15");

        var page = await writer.Client.GetStringAsync($"/trips/{trip.Id}");
        var api = await writer.Client.GetFromJsonAsync<TripResponse>($"/api/v1/trips/{trip.Id}", HttpAssertions.Json);
        var feed = await writer.Client.GetStringAsync("/api/v1/feed.atom");

        page.Should().NotContain(Analyst).And.Contain(Security.ActorNames.Team);
        api!.StatusHistory.Single().Actor.Should().Be(Security.ActorNames.Team);
        feed.Should().NotContain(Analyst).And.Contain(Security.ActorNames.Team);
    }

    [Fact]
    public async Task RecentChanges_ListsTheLatestChangeFirst_WithoutStaffEmail()
    {
        var trip = await writer.CreatePlannedTripAsync(Analyst, "2026-12-17");
        await _trips.AddSourceAsync(
            trip.Id,
            1,
            WriterTrips.Source("Reuters", "https://www.reuters.com/r"),
            Analyst,
            CancellationToken.None);

        var latest = (await writer.App.Services.GetRequiredService<TripRecords>()
            .RecentChangesAsync(2, CancellationToken.None))[0];
        (latest.TripId, latest.Number, latest.Summary, latest.Review).Should()
            .Be((trip.Id, 2, "Source added: Reuters", ReviewState.Corroborated));
        latest.PersonName.Should().Be("Vladimir Putin");

        var page = await writer.Client.GetStringAsync("/changes");
        page.Should()
            .Contain($"data-trip-id=\"{trip.Id}\" data-revision=\"2\"")
            .And.Contain("Source added: Reuters")
            .And.NotContain(Analyst);
    }
}
