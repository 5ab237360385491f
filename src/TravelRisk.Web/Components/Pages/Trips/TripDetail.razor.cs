using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;
using TravelRisk.Web.Components.Forms;
using TravelRisk.Web.Components.Shared;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Security;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Pages.Trips;

/// <summary>A trip's page: its assessment, itinerary, sources and history, and the Editor's review actions.</summary>
public partial class TripDetail
{
    [Inject] TripRecords Trips { get; set; } = default!;
    [Inject] TripWriter Writer { get; set; } = default!;
    [Inject] TripForms Forms { get; set; } = default!;
    [Inject] IJSRuntime JS { get; set; } = default!;
    [Inject] IDialogService Dialogs { get; set; } = default!;
    [Inject] CourtFindings Findings { get; set; } = default!;
    [Inject] RiskFactsCache Facts { get; set; } = default!;

    [Parameter] public int Id { get; set; }

    TripResponse? trip;
    IReadOnlyList<TravelRisk.Domain.Travel.TripRevision> revisions = [];
    IReadOnlyList<OutcomeRow> outcomes = [];
    ElementReference mapElement;
    IJSObjectReference? map;

    string StatusText =>
        trip!.Status == TravelRisk.Domain.Travel.TripStatus.Delegated && trip.RepresentativeName is not null
            ? $"Delegated: {trip.RepresentativeName} went instead"
            : trip.Status.ToString();

    string VerifyTitle => trip!.Review == TravelRisk.Domain.Travel.ReviewState.Corroborated
        ? "You have checked the record and its sources"
        : "Only a corroborated trip (two independent sources) can be verified";

    bool retracting;
    string? retractionReason;

    [CascadingParameter] Task<AuthenticationState> Authentication { get; set; } = default!;

    bool staff;
    IdNames? names;
    IReadOnlyDictionary<string, TravelRisk.Domain.Countries.Country> countries =
        new Dictionary<string, TravelRisk.Domain.Countries.Country>();

    string CountryName(string iso3) => countries.TryGetValue(iso3, out var country) ? country.Name : iso3;

    // Staff e-mail addresses are shown to Analysts and above only (see ActorNames).
    string Who(string actor) => staff ? actor : ActorNames.Public(actor);

    // A revision's changes to staff-only notes are shown to staff only: their old and new values are the notes.
    IReadOnlyList<TravelRisk.Domain.Travel.FieldChange> Shown(TravelRisk.Domain.Travel.TripRevision revision) =>
        staff ? revision.Changes : [.. revision.Changes.Where(c => !TravelRisk.Domain.Travel.TripDiff.IsInternal(c))];

    protected override async Task OnParametersSetAsync()
    {
        staff = ActorNames.MaySeeStaff((await Authentication).User);
        names = await Forms.IdNamesAsync(Leaving);
        countries = (await Facts.GetAsync(Leaving)).Countries;
        await ReloadAsync();
        if (trip is null)
            NotFoundStatus.Set(Navigation);
    }

    async Task ReloadAsync()
    {
        // Staff research notes are loaded for Analysts and above only, so they never reach a reader's circuit.
        trip = await Trips.GetAsync(Id, withInternalNotes: staff, Leaving);
        revisions = trip is null ? [] : await Trips.RevisionsAsync(Id, Leaving);
        outcomes = trip is null ? [] : await Findings.ListAsync(new OutcomeFilter(TripId: Id), Leaving);
        (Conflict, Conflicting) = (false, null);
    }

    Task VerifyAsync() => EditorWriteAsync(actor => Writer.VerifyAsync(Id, trip!.Revision, actor, SaveEvenIfLeft));

    Task RetractAsync() =>
        EditorWriteAsync(actor => Writer.RetractAsync(Id, trip!.Revision, retractionReason, actor, SaveEvenIfLeft));

    async Task RestoreAsync(int number)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Restore an earlier revision",
            $"Make the trip what it was at revision {number}? This is saved as revision {trip!.Revision + 1}; every revision stays in the history, so it can be undone the same way.",
            yesText: "Restore", cancelText: "Keep as is");
        if (confirmed == true)
            await EditorWriteAsync(actor => Writer.RestoreAsync(Id, trip.Revision, number, actor, SaveEvenIfLeft));
    }

    // An Editor's action on the trip as this page shows it: refused, with the other change shown, if the trip moved on.
    Task EditorWriteAsync(Func<string, Task<TripWriteResult>> write) =>
        WriteAsync(Roles.Editor, write, async _ =>
        {
            (retracting, retractionReason) = (false, null);
            await ReloadAsync();
        });

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (trip is null || !RendererInfo.IsInteractive || map is not null)
            return;
        map = await JS.InvokeAsync<IJSObjectReference>("import", "/" + Assets["js/map.js"]);
        var places = new Dictionary<string, string> { [trip.State] = trip.Assessment.Obligation.ToString() };
        foreach (var leg in trip.Legs)
            places.TryAdd(leg.Country, leg.Kind == TravelRisk.Domain.Travel.LegKind.Overflight
                ? "NotWanted"
                : trip.Assessment.Obligation.ToString());
        await map.InvokeVoidAsync("draw", mapElement, MapAssets.For(Assets), places, new
        {
            height = 420,
            label = "Map of the trip's countries: each is a link to its page",
            clickable = true,
            names = MapAssets.Names,
            highlight = places.Keys.ToArray(),
        });
    }

    static string Dates(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        ({ } s, { } e) when s != e => $"{s:yyyy-MM-dd} – {e:yyyy-MM-dd}",
        ({ } s, _) => $"{s:yyyy-MM-dd}",
        (null, { } e) => $"until {e:yyyy-MM-dd}",
        _ => "dates unknown",
    };
}
