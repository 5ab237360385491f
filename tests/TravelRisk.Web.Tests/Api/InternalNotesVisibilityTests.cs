using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Security;
using TravelRisk.Web.Services;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// Staff research notes (internal notes) reach signed-in Analysts and above and API-key callers only: never an
/// anonymous reader or a Viewer, in a page's HTML, its revision history, the API, an export or a feed.
/// </summary>
public class InternalNotesVisibilityTests : IAsyncLifetime
{
    const string Password = "Correct-Horse-7";
    const string FirstMemo = "MEMO-FIRST searched the news corpus, nothing found";
    const string SecondMemo = "MEMO-SECOND still not confirmed by the host";
    const string LegMemo = "MEMO-LEG transit day not confirmed";
    readonly TravelRiskApp _app = new();
    HttpClient _client = null!;
    string _key = "";
    int _tripId;

    public async Task InitializeAsync()
    {
        _client = _app.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        await Accounts.CreateAsync(_app, "viewer@example.org", Password, Roles.Viewer);
        await Accounts.CreateAsync(_app, "analyst@example.org", Password, Roles.Analyst);
        _key = (await _app.Services.GetRequiredService<ApiKeys>().CreateAsync("newsroom", CancellationToken.None))!;

        // Two revisions, so the history holds an old → new change of the internal notes.
        var writer = _app.Services.GetRequiredService<TripWriter>();
        var created = await writer.CreateAsync(Request(FirstMemo), "author@example.org", CancellationToken.None);
        _tripId = created.Trip!.Id;
        var replaced = await writer.ReplaceAsync(
            _tripId,
            created.Trip.Revision,
            Request(SecondMemo),
            "author@example.org",
            CancellationToken.None);
        replaced.Outcome.Should().Be(TripWriteOutcome.Saved);
    }

    static TripRequest Request(string memo) => TripRequests.PlannedKazakhstanVisit(
        "Expected in Astana.",
        [new LegRequest(LegKind.Transit, "UZB", new DateOnly(2026, 12, 19), null, null, "Stop on the way.", LegMemo)],
        memo);

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    async Task<(HttpStatusCode Status, string Body)> GetAsync(
        string url,
        string? signedInAs = null,
        bool apiKey = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (signedInAs is not null)
        {
            using var login = await Accounts.PostLoginAsync(_client, signedInAs, Password);
            request.Headers.Add("Cookie", Accounts.AuthCookie(login));
        }
        if (apiKey)
            request.Headers.Add("X-Api-Key", _key);
        using var response = await _client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("viewer@example.org", false)]
    [InlineData("analyst@example.org", true)]
    public async Task TripPage_InternalNotesAndTheirHistoryOnlyForStaff(string? reader, bool seesNotes)
    {
        var (status, html) = await GetAsync($"/trips/{_tripId}", reader);

        status.Should().Be(HttpStatusCode.OK);
        html.Should()
            .Contain("Expected in Astana.")
            .And.Contain("Stop on the way.", "the public notes are shown to everyone");
        if (seesNotes)
            html.Should()
                .Contain(SecondMemo)
                .And.Contain(LegMemo)
                .And.Contain(FirstMemo, "the history shows the old value")
                .And.Contain("Internal note — staff only");
        else
            html.Should().NotContain("MEMO-").And.NotContain("Internal note").And.NotContain("Internal notes");
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("viewer@example.org", false)]
    [InlineData("analyst@example.org", true)]
    public async Task LeaderAndStatePages_SeededInternalNotesOnlyForStaff(string? reader, bool seesNotes)
    {
        var (_, leader) = await GetAsync("/leaders/omar-al-bashir", reader);
        var (_, state) = await GetAsync("/states/ZMB", reader);

        state.Should().Contain("Deposit date disputed", "the public note stays public");
        foreach (var (html, memo) in new[] { (leader, "Wikidata QID verified"), (state, "Audit 2026-11") })
        {
            if (seesNotes)
                html.Should().Contain(memo).And.Contain("Internal note — staff only");
            else
                html.Should().NotContain(memo).And.NotContain("Internal note");
        }
    }

    [Fact]
    public async Task TripApi_InternalNotesOnlyWithAnApiKey_AndNeverServedFromTheCacheToOthers()
    {
        var (_, keyed) = await GetAsync($"/api/v1/trips/{_tripId}", apiKey: true);
        var (_, anonymous) = await GetAsync($"/api/v1/trips/{_tripId}");
        var (_, viewer) = await GetAsync($"/api/v1/trips/{_tripId}", "viewer@example.org");

        var trip = System.Text.Json.JsonSerializer.Deserialize<TripResponse>(keyed, HttpAssertions.Json)!;
        trip.InternalNotes.Should().Be(SecondMemo);
        trip.Legs.Single().InternalNotes.Should().Be(LegMemo);
        foreach (var body in new[] { anonymous, viewer })
            body.Should().Contain("Expected in Astana.").And.NotContain("MEMO-").And.NotContain("internalNotes");
    }

    [Fact]
    public async Task TripWrite_ReturnsTheInternalNotesToTheWriter()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/trips")
        {
            Content = JsonContent.Create(Request("MEMO-WRITTEN by the newsroom"), options: HttpAssertions.Json)
        };
        request.Headers.Add("X-Api-Key", _key);
        using var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await response.Content.ReadFromJsonAsync<TripResponse>(HttpAssertions.Json))!.InternalNotes
            .Should().Be("MEMO-WRITTEN by the newsroom");
    }

    [Theory]
    [InlineData("/api/v1/export/trips.csv")]
    [InlineData("/api/v1/export/trips.json")]
    [InlineData("/api/v1/export/ftm.jsonl")]
    [InlineData("/api/v1/feed.atom")]
    [InlineData("/api/v1/calendar.ics")]
    [InlineData("/api/v1/leaders/omar-al-bashir")]
    [InlineData("/api/v1/states/ZMB")]
    public async Task ExportsFeedsAndCatalog_NeverCarryInternalNotes(string url)
    {
        foreach (var apiKey in new[] { false, true })
        {
            var (status, body) = await GetAsync(url, apiKey: apiKey);

            status.Should().Be(HttpStatusCode.OK);
            body.Should().NotContain("MEMO-").And.NotContain("Wikidata QID verified").And.NotContain("Audit 2026-11");
        }
    }

    [Fact]
    public async Task TripForm_EditingThePublicNote_KeepsTheInternalNotes()
    {
        // The analysts' form loads the trip with its staff notes and saves them back: an edit must not wipe them.
        var trips = _app.Services.GetRequiredService<TripRecords>();
        var draft = TravelRisk.Web.Components.Forms.TripDraft.From(
            (await trips.GetAsync(_tripId, withInternalNotes: true, CancellationToken.None))!);
        draft.Notes = "Confirmed by the host.";
        var current = (await trips.GetAsync(_tripId, CancellationToken.None))!;

        var saved = await _app.Services.GetRequiredService<TripWriter>().ReplaceAsync(
            _tripId,
            current.Revision,
            draft.ToRequest(),
            "analyst@example.org",
            CancellationToken.None);

        saved.Outcome.Should().Be(TripWriteOutcome.Saved);
        var after = (await trips.GetAsync(_tripId, withInternalNotes: true, CancellationToken.None))!;
        (after.Notes, after.InternalNotes, after.Legs.Single().InternalNotes).Should()
            .Be(("Confirmed by the host.", SecondMemo, LegMemo));
        (await trips.GetAsync(_tripId, CancellationToken.None))!.InternalNotes.Should()
            .BeNull("the public read never carries them");
    }
}
