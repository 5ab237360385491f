using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Services;

/// <summary>Review states, retraction and restore, through the one write path the forms and the API share.</summary>
public class TripReviewAndRestoreTests(WriterApp writer) : IClassFixture<WriterApp>
{
    const string Analyst = "analyst@example.org";
    const string Editor = "editor@example.org";
    readonly TripWriter _trips = writer.App.Services.GetRequiredService<TripWriter>();

    static SourceRequest Source(string outlet, string url) => WriterTrips.Source(outlet, url);

    Task<Trip> CreateAsync(string start = "2026-12-01", params SourceRequest[] sources) =>
        writer.CreatePlannedTripAsync(Analyst, start, sources);

    Task<List<TripRevision>> RevisionsAsync(int id) => writer.RevisionsAsync(id);

    [Fact]
    public async Task Review_OneSourceUnverified_SecondIndependentCorroborates_EditorVerifies_NextChangeReviewsAgain()
    {
        var trip = await CreateAsync();
        trip.Review.Should().Be(ReviewState.Unverified);

        var sameOutlet = await _trips.AddSourceAsync(
            trip.Id,
            1,
            Source("Example News", "https://example.org/b"),
            Analyst,
            CancellationToken.None);
        sameOutlet.Trip!.Review.Should().Be(
            ReviewState.Unverified,
            "a second story by the same outlet is not independent");

        var corroborated = await _trips.AddSourceAsync(
            trip.Id,
            2,
            Source("Reuters", "https://www.reuters.com/x"),
            Analyst,
            CancellationToken.None);
        corroborated.Trip!.Review.Should().Be(ReviewState.Corroborated);

        var verified = await _trips.VerifyAsync(trip.Id, 3, Editor, CancellationToken.None);
        verified.Trip!.Review.Should().Be(ReviewState.Verified);

        var edited = await _trips.AddSourceAsync(
            trip.Id,
            4,
            Source("TASS", "https://tass.com/y"),
            Analyst,
            CancellationToken.None);
        edited.Trip!.Review.Should().Be(ReviewState.Corroborated, "what was verified is no longer what is there");

        var revisions = await RevisionsAsync(trip.Id);
        revisions.Select(r => r.Summary).Should().Equal(
            "Created",
            "Source added: Example News",
            "Source added: Reuters",
            "Verified",
            "Source added: TASS");
        revisions[3].Actor.Should().Be(Editor);
        revisions[3].Changes.Should().ContainSingle()
            .Which.Should().Be(new FieldChange("review", "Corroborated", "Verified"));
        revisions[4].Changes.Should().Contain(new FieldChange("review", "Verified", "Corroborated"));
    }

    [Fact]
    public async Task Verify_UnverifiedTrip_RefusedAndNothingWritten()
    {
        var trip = await CreateAsync();

        var result = await _trips.VerifyAsync(trip.Id, 1, Editor, CancellationToken.None);

        result.Outcome.Should().Be(TripWriteOutcome.Invalid);
        result.Errors.Should().ContainSingle().Which.Field.Should().Be("review");
        (await RevisionsAsync(trip.Id)).Should().ContainSingle();
    }

    [Fact]
    public async Task Retract_LeavesListsButKeepsPageAndHistory_EditsRefused_RestoreReinstates()
    {
        var trip = await CreateAsync("2026-12-03");

        var retracted = await _trips.RetractAsync(
            trip.Id,
            1,
            "Duplicate of another record",
            Editor,
            CancellationToken.None);
        retracted.Outcome.Should().Be(TripWriteOutcome.Saved);

        var listed = await writer.Client.GetFromJsonAsync<PageResponse<TripSummaryResponse>>(
            "/api/v1/trips?person=vladimir-putin&state=MNG&pageSize=200",
            HttpAssertions.Json);
        listed!.Items.Should().NotContain(t => t.Id == trip.Id);
        var withRetracted = await writer.Client.GetFromJsonAsync<PageResponse<TripSummaryResponse>>(
            "/api/v1/trips?person=vladimir-putin&state=MNG&includeRetracted=true&pageSize=200",
            HttpAssertions.Json);
        withRetracted!.Items.Should().Contain(t => t.Id == trip.Id);
        var page = await writer.Client.GetFromJsonAsync<TripResponse>($"/api/v1/trips/{trip.Id}", HttpAssertions.Json);
        page!.RetractionReason.Should().Be("Duplicate of another record");
        (await writer.Client.GetStringAsync("/api/v1/export/trips.csv")).Should().NotContain(page.Slug);

        var edit = await _trips.AddSourceAsync(
            trip.Id,
            2,
            Source("Reuters", "https://www.reuters.com/z"),
            Analyst,
            CancellationToken.None);
        edit.Outcome.Should().Be(TripWriteOutcome.Invalid);
        edit.Errors!.Single().Field.Should().Be("retracted");

        var restored = await _trips.RestoreAsync(trip.Id, 2, 1, Editor, CancellationToken.None);
        restored.Outcome.Should().Be(TripWriteOutcome.Saved);
        restored.Trip!.RetractionReason.Should().BeNull();
        (await RevisionsAsync(trip.Id)).Select(r => r.Summary).Should().Equal(
            "Created",
            "Retracted: Duplicate of another record",
            "Restored revision 1");
    }

    [Fact]
    public async Task Restore_EarlierRevision_BringsBackFieldsLegsAndSourcesAsANewRevision()
    {
        var trip = await CreateAsync("2026-12-05");
        var cancelled = await _trips.CancelAsync(
            trip.Id,
            1,
            new CancellationRequest("Called off", Source("Reuters", "https://www.reuters.com/c"), "sergey-lavrov"),
            Analyst,
            CancellationToken.None);
        cancelled.Trip!.Status.Should().Be(TripStatus.Delegated);

        var restored = await _trips.RestoreAsync(trip.Id, 2, 1, Editor, CancellationToken.None);

        restored.Outcome.Should().Be(TripWriteOutcome.Saved);
        var stored = await writer.App.QueryAsync(db => db.Trips
            .Include(t => t.Sources)
            .AsNoTracking()
            .SingleAsync(t => t.Id == trip.Id));
        stored.Status.Should().Be(TripStatus.Planned);
        stored.RepresentativeId.Should().BeNull();
        stored.Notes.Should().BeNull();
        stored.Sources.Select(s => s.Outlet).Should().Equal("Example News");
        stored.Revision.Should().Be(3);
        var revisions = await RevisionsAsync(trip.Id);
        revisions.Should().HaveCount(3, "the cancellation stays in the history");
        revisions[2].Changes.Should().Contain(new FieldChange("status", "Delegated", "Planned"));
        revisions[2].Actor.Should().Be(Editor);
    }

    [Fact]
    public async Task Restore_CurrentOrUnknownRevision_Refused()
    {
        var trip = await CreateAsync("2026-12-07");

        (await _trips.RestoreAsync(trip.Id, 1, 1, Editor, CancellationToken.None))
            .Errors!.Single().Field.Should().Be("revision");
        (await _trips.RestoreAsync(trip.Id, 1, 9, Editor, CancellationToken.None))
            .Errors!.Single().Field.Should().Be("revision");
        (await RevisionsAsync(trip.Id)).Should().ContainSingle();
    }

    [Fact]
    public async Task Restore_BasedOnAStaleRevision_ConflictNamesTheNewerChange()
    {
        var trip = await CreateAsync("2026-12-09");
        await _trips.AddSourceAsync(
            trip.Id,
            1,
            Source("Reuters", "https://www.reuters.com/d"),
            Analyst,
            CancellationToken.None);

        var result = await _trips.RestoreAsync(trip.Id, 1, 1, Editor, CancellationToken.None);

        result.Outcome.Should().Be(TripWriteOutcome.Conflict);
        result.Conflicting!.Actor.Should().Be(Analyst);
        result.Conflicting.Summary.Should().Be("Source added: Reuters");
    }

    [Fact]
    public async Task ListApi_FiltersByReview_AndNamesABadValue()
    {
        var corroborated = await CreateAsync(
            "2026-12-11",
            Source("Example News", "https://example.org/e"),
            Source("Reuters", "https://www.reuters.com/e"));
        corroborated.Review.Should().Be(ReviewState.Corroborated);

        var page = await writer.Client.GetFromJsonAsync<PageResponse<TripSummaryResponse>>(
            "/api/v1/trips?review=corroborated&pageSize=200",
            HttpAssertions.Json);
        page!.Items.Should()
            .Contain(t => t.Id == corroborated.Id)
            .And.OnlyContain(t => t.Review == ReviewState.Corroborated);

        using var bad = await writer.Client.GetAsync("/api/v1/trips?review=checked");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("\"review\"");
    }
}
