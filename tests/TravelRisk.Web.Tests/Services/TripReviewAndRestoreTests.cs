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

    static SourceRequest Source(string outlet, string url) =>
        new(url, outlet, new DateOnly(2026, 11, 20), "He is expected.");

    async Task<Trip> CreateAsync(string start = "2026-12-01", params SourceRequest[] sources)
    {
        var day = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var request = new TripRequest(
            Leader: "vladimir-putin",
            Host: "MNG",
            Summit: null,
            StartDate: day,
            EndDate: day,
            Status: TripStatus.Planned,
            Representative: null,
            Confidence: Confidence.Medium,
            Notes: null,
            Legs: [],
            Sources: sources.Length > 0 ? sources : [Source("Example News", "https://example.org/a")]);
        var result = await _trips.CreateAsync(request, Analyst, CancellationToken.None);
        result.Outcome.Should().Be(
            TripWriteOutcome.Saved,
            string.Join("; ", result.Errors?.Select(e => $"{e.Field}: {e.Message}") ?? []));
        return result.Trip!;
    }

    Task<List<TripRevision>> RevisionsAsync(int id) =>
        writer.App.QueryAsync(db => db.TripRevisions
            .AsNoTracking()
            .Where(r => r.TripId == id)
            .OrderBy(r => r.Number)
            .ToListAsync());

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

    [Fact]
    public async Task Edit_TripWithASourceKnownByOutletAlone_KeepsItAndSaves()
    {
        // data/ may carry a source known by outlet alone (no URL, date or quote); the writer never creates one.
        var created = await CreateAsync("2026-12-13");
        await writer.App.QueryAsync(db => db.Set<TripSource>().Where(s => s.TripId == created.Id)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Url, (string?)null)
                .SetProperty(s => s.Quote, (string?)null)
                .SetProperty(s => s.PublishedOn, (DateOnly?)null)));
        var trip = (await writer.App.Services.GetRequiredService<TripQueries>()
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
        (await RevisionsAsync(trip.Id)).Last().Changes.Select(c => c.Field).Should().Equal("notes");
    }

    [Fact]
    public async Task StaffEmail_NotPublished_ToAnonymousReadersTheApiOrTheFeed()
    {
        var trip = await CreateAsync("2026-12-15");

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
        var trip = await CreateAsync("2026-12-17");
        await _trips.AddSourceAsync(
            trip.Id,
            1,
            Source("Reuters", "https://www.reuters.com/r"),
            Analyst,
            CancellationToken.None);

        var latest = (await writer.App.Services.GetRequiredService<TripQueries>()
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
