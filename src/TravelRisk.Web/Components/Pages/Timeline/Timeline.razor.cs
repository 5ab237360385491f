using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Pages.Timeline;

/// <summary>
/// The timeline page. The filters live in the query string, so a view can be shared by URL; the timeline asks
/// for the trips of its visible window only (<see cref="LoadRange"/>), so it stays fast with many trips.
/// </summary>
public partial class Timeline
{
    [Inject] TimelineService Timelines { get; set; } = null!;
    [Inject] RiskAssessments Risk { get; set; } = null!;
    [Inject] IJSRuntime JS { get; set; } = null!;
    [Inject] NavigationManager Navigation { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "leaders")] public string? Leaders { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }
    [SupplyParameterFromQuery(Name = "state")] public string? State { get; set; }
    [SupplyParameterFromQuery(Name = "obligation")] public string? ObligationFilter { get; set; }
    [SupplyParameterFromQuery(Name = "status")] public string? Status { get; set; }
    [SupplyParameterFromQuery(Name = "review")] public string? Review { get; set; }

    ElementReference element;
    // Names this page's timeline in the browser's module: an element reference no longer resolves once the page's
    // markup is gone, which can happen before the dispose call arrives.
    readonly string key = Guid.NewGuid().ToString("N");
    IJSObjectReference? module;
    DotNetObjectReference<Timeline>? self;
    IReadOnlyList<TimelineLane> lanes = [];
    IReadOnlyList<Choice> states = [];
    IReadOnlyList<Choice> leaderChoices = [];
    bool drawn, listOpen, disposed;
    IReadOnlyList<TimelineItem>? items;
    int undated;
    (DateOnly From, DateOnly To) window;
    string? drawnFor;

    static IReadOnlyList<Choice> ObligationChoices => Forms.FilterValues.Obligations;

    static IReadOnlyList<Choice> StatusChoices => Forms.FilterValues.Statuses;

    static IReadOnlyList<Choice> ReviewChoices => Forms.FilterValues.Reviews;

    IEnumerable<string> SelectedLeaders => (Leaders ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
    Obligation? ParsedObligation => Enum.TryParse<Obligation>(ObligationFilter, out var o) ? o : null;
    TripStatus? ParsedStatus => Enum.TryParse<TripStatus>(Status, out var s) ? s : null;
    ReviewState? ParsedReview => Enum.TryParse<ReviewState>(Review, out var r) ? r : null;
    // From and To always have a value on this page; the count is of the filters that narrow what is shown.
    int ActiveFilterCount => new[] { State, ObligationFilter, Status, Review }.Count(v => !string.IsNullOrEmpty(v));

    // Said after the count of trips in view when some of them are drawn as groups.
    string GroupsNote => items!.Any(i => i.Cluster)
        ? "; where a lane's trips would not fit side by side at this zoom they are grouped by period: click a group, zoom in or filter to see them one by one"
        : "";

    TimelineFilter Filter => new(
        SelectedLeaders.ToList(),
        string.IsNullOrEmpty(State) ? null : State,
        ParsedObligation,
        ParsedStatus,
        ParsedReview);

    protected override async Task OnInitializedAsync()
    {
        lanes = await Timelines.LanesAsync(Leaving);
        leaderChoices = lanes.Select(l => new Choice(l.Slug, l.Name)).ToList();
        states = (await Risk.FactsAsync(Leaving)).StateChoices;
    }

    protected override async Task OnParametersSetAsync()
    {
        var today = Risk.Today;
        window = (ParseDate(From) ?? today.AddYears(-4), ParseDate(To) ?? today.AddMonths(6));
        if (window.To <= window.From)
            window = (window.From, window.From.AddMonths(6));
        undated = await Timelines.UndatedAsync(Filter, Leaving);
        if (module is not null)
            await RedrawAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        var imported = await JS.InvokeAsync<IJSObjectReference>("import", "/" + Assets["js/timeline.js"]);
        if (disposed)
        {
            await imported.DisposeAsync(); // left while the module loaded: nothing to draw
            return;
        }
        module = imported;
        self = DotNetObjectReference.Create(this);
        // vis-timeline is loaded by this page only, not by every page of the app.
        var vendor = new
        {
            script = "/" + Assets["lib/vis-timeline.min.js"],
            style = "/" + Assets["lib/vis-timeline.min.css"],
        };
        await module.InvokeVoidAsync(
            "create", key, element, self, vendor, VisibleLanes(), Iso(window.From), Iso(window.To));
        drawnFor = Navigation.Uri;
    }

    async Task RedrawAsync()
    {
        if (drawnFor == Navigation.Uri)
            return;
        drawnFor = Navigation.Uri;
        await module!.InvokeVoidAsync("setWindow", key, Iso(window.From), Iso(window.To));
        await module!.InvokeVoidAsync("reload", key, VisibleLanes());
    }

    // As JSON text, serialized with options shared by every circuit: JS interop's own serializer options belong to
    // the circuit, so each circuit would otherwise build (and keep) metadata for these types (docs/performance.md).
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    string VisibleLanes()
    {
        var selected = SelectedLeaders.ToHashSet();
        return JsonSerializer.Serialize(
            selected.Count == 0 ? lanes : lanes.Where(l => selected.Contains(l.Slug)).ToList(), Json);
    }

    /// <summary>
    /// Called by the timeline whenever its visible window changes: the window's items, laid out for the width it is
    /// drawn at, as JSON. A window the reader dragged or zoomed to becomes the page's From and To, in the address too.
    /// </summary>
    [JSInvokable]
    public async Task<string> LoadRange(string start, string end, double widthPx, bool byUser)
    {
        if (disposed)
            return "[]"; // the page was left while the browser asked
        var from = ParseDate(start) ?? window.From;
        var to = ParseDate(end) ?? window.To;
        items = await Timelines.ItemsAsync(Filter, from, to, widthPx, Leaving);
        await InvokeAsync(() =>
        {
            if (disposed)
                return;
            if (byUser && (from, to) != window && to > from)
            {
                window = (from, to);
                var uri = Navigation.GetUriWithQueryParameters(
                    new Dictionary<string, object?> { ["from"] = Iso(from), ["to"] = Iso(to) });
                drawnFor = uri; // the timeline is already showing this window: nothing to redraw
                Navigation.NavigateTo(uri, replace: true);
            }
            StateHasChanged();
        });
        return JsonSerializer.Serialize(items, Json);
    }

    /// <summary>Called by the timeline once a window's trips are drawn: the loading bar goes.</summary>
    [JSInvokable]
    public async Task Loaded()
    {
        if (drawn || disposed)
            return; // already drawn, or the page was left before the browser said so
        drawn = true;
        await InvokeAsync(() =>
        {
            if (!disposed)
                StateHasChanged();
        });
    }

    void Apply(
        IEnumerable<string>? leaders = null,
        DateOnly? from = null,
        DateOnly? to = null,
        string? state = null,
        string? obligation = null,
        string? status = null,
        string? review = null)
    {
        var query = new Dictionary<string, object?>
        {
            ["leaders"] = leaders is null ? Leaders : NullIfEmpty(string.Join(',', leaders)),
            ["from"] = Iso(from ?? window.From),
            ["to"] = Iso(to ?? window.To),
            ["state"] = state is null ? State : NullIfEmpty(state),
            ["obligation"] = obligation is null ? ObligationFilter : NullIfEmpty(obligation),
            ["status"] = status is null ? Status : NullIfEmpty(status),
            ["review"] = review is null ? Review : NullIfEmpty(review),
        };
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query), replace: true);
    }

    static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    static DateOnly? ParseDate(string? text) => Forms.FilterValues.ParseDate(text);

    static string Iso(DateOnly day) => Forms.FilterValues.Iso(day);

    public async ValueTask DisposeAsync()
    {
        disposed = true; // calls from the browser still in flight must not render a disposed page
        Dispose(); // Blazor calls only DisposeAsync when a page has both: this stops its reads (PageComponent)
        if (module is not null)
        {
            try
            {
                await module.InvokeVoidAsync("dispose", key);
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; the browser already dropped the timeline.
            }
            catch (TaskCanceledException)
            {
                // The page is being left while the call was under way.
            }
        }
        self?.Dispose();
    }
}
