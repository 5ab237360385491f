using Microsoft.AspNetCore.Components;
using MudBlazor;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Components.Forms;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Security;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Pages.Trips;

/// <summary>
/// The analyst's trip form, new or edit: the same writer and rules as the REST API, the assessment shown live.
/// </summary>
public partial class TripEditor
{
    [Inject] TripForms Forms { get; set; } = default!;
    [Inject] TripWriter Writer { get; set; } = default!;
    [Inject] TripRecords Trips { get; set; } = default!;

    [Parameter] public int? Id { get; set; }

    /// <summary>Pre-fills the summit (and its host and dates) when coming from the new-summit form.</summary>
    [SupplyParameterFromQuery(Name = "summit")] public string? SummitQuery { get; set; }

    FormChoices? choices;

    string StateName(string iso3) => choices?.StateNames.GetValueOrDefault(iso3) ?? iso3;
    TripDraft? draft;
    TripRiskResponse? assessment;
    int expectedRevision;
    bool verified;
    string? loaded; // the draft as loaded, to tell whether anything was typed
    string? retraction;

    string Title => Id is null ? "New trip" : $"Edit trip {Id}";

    // The rows' buttons are the browser's own, dressed as MudBlazor's small outlined buttons (.row-button): a form
    // with three sources and two countries would otherwise hold a dozen more components per circuit (decision 0017).
    static readonly MarkupString AddIcon = new(Icons.Material.Filled.Add);

    const string InternalNotesHint =
        "Research notes for the team: how it was checked, what is still unverified. Never published.";

    string? SummitHint => draft?.Summit is { } slug && choices!.SummitsBySlug.TryGetValue(slug, out var s)
        ? $"Hosted by {s.HostIso3}{(s.StartDate is { } d ? $", {d:yyyy-MM-dd}" : "")}"
        : "Choosing one fills in its host and dates if empty";

    protected override async Task OnInitializedAsync()
    {
        choices = await Forms.ChoicesAsync(Leaving);
        await LoadAsync();
    }

    async Task LoadAsync()
    {
        (Errors, Conflict, Conflicting) = (null, false, null);
        if (Id is not { } id)
        {
            draft = new TripDraft();
            if (SummitQuery is not null && choices!.SummitsBySlug.ContainsKey(SummitQuery))
                FillFromSummit(SummitQuery);
        }
        else if (await Trips.GetAsync(id, withInternalNotes: true, Leaving) is { } trip)
        {
            draft = TripDraft.From(trip);
            expectedRevision = trip.Revision;
            verified = trip.Review == ReviewState.Verified;
            retraction = trip.RetractionReason;
        }
        else
        {
            Missing = true;
            return;
        }
        loaded = System.Text.Json.JsonSerializer.Serialize(draft);
        await ReassessAsync();
    }

    bool Changed => draft is not null && System.Text.Json.JsonSerializer.Serialize(draft) != loaded;

    async Task ReassessAsync() => assessment = await Forms.AssessAsync(draft!.ToRequest(), Leaving);

    async Task SummitChosenAsync()
    {
        if (draft!.Summit is { } slug)
            FillFromSummit(slug);
        await ReassessAsync();
    }

    // Fills only what is empty: an analyst's own entries are never replaced.
    void FillFromSummit(string slug)
    {
        var summit = choices!.SummitsBySlug[slug];
        draft!.Summit = slug;
        draft.Host ??= summit.HostIso3;
        draft.StartDate ??= summit.StartDate;
        draft.EndDate ??= summit.EndDate;
    }

    async Task RemoveLegAsync(int index)
    {
        draft!.Legs.RemoveAt(index);
        RejectedDates.RemoveItem("legs", index);
        await ReassessAsync();
    }

    void RemoveSource(int index)
    {
        draft!.Sources.RemoveAt(index);
        RejectedDates.RemoveItem("sources", index);
    }

    async Task SaveAsync()
    {
        var request = draft!.ToRequest();
        await WriteAsync(Roles.Analyst, actor => Id is { } id
            ? Writer.ReplaceAsync(id, expectedRevision, request, actor, SaveEvenIfLeft)
            : Writer.CreateAsync(request, actor, SaveEvenIfLeft), ShowTripAsync);
        if (Missing)
            draft = null;
    }

    // The analyst has seen the other change and chooses to replace it: save against the newest revision.
    async Task KeepMineAsync()
    {
        if (Conflicting is not null)
            expectedRevision = Conflicting.Number;
        else if (await Trips.GetAsync(Id!.Value, withInternalNotes: true, Leaving) is { } trip)
            expectedRevision = trip.Revision;
        await SaveAsync();
    }

    async Task LoadTheirsAsync() => await LoadAsync();
}
