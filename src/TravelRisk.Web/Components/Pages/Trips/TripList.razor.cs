using Microsoft.AspNetCore.Components;
using MudBlazor;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Pages.Trips;

/// <summary>
/// Every trip in a grid that pages, sorts and filters on the server (<see cref="MudDataGrid{T}.ServerData"/>), so it
/// stays fast however many trips are recorded. Every filter and the search live in the query string, so a list can
/// be linked to, bookmarked and reloaded; the exports beside it take the same filters.
/// </summary>
public partial class TripList
{
    const int PageSize = 25;
    const string RetractedChoice = "retracted";

    static readonly IReadOnlyList<Choice> ReviewChoices =
        [new("", "Any standing trip"), .. Enum.GetValues<ReviewState>().Select(r => new Choice(r.ToString(), r.ToString())), new(RetractedChoice, "Retracted")];

    static IReadOnlyList<Choice> ObligationChoices => Forms.FilterValues.Obligations;

    static IReadOnlyList<Choice> StatusChoices => Forms.FilterValues.Statuses;

    [Inject] ITripBrowser Trips { get; set; } = default!;
    [Inject] NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "q")] public string? Search { get; set; }
    [SupplyParameterFromQuery(Name = "person")] public string? Person { get; set; }
    [SupplyParameterFromQuery(Name = "state")] public string? State { get; set; }
    [SupplyParameterFromQuery(Name = "obligation")] public string? ObligationFilter { get; set; }
    [SupplyParameterFromQuery(Name = "status")] public string? Status { get; set; }
    [SupplyParameterFromQuery(Name = "review")] public string? Review { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }

    MudDataGrid<TripListItem>? grid;
    IReadOnlyList<Choice> people = [];
    IReadOnlyList<Choice> states = [];
    readonly Forms.RejectedDates rejectedDates = new();
    bool loading;
    int? total;
    TripPageRequest? loadedFor;

    ReviewState? ReviewFilter => Enum.TryParse<ReviewState>(Review, ignoreCase: true, out var r) ? r : null;
    Obligation? ParsedObligation => Enum.TryParse<Obligation>(ObligationFilter, ignoreCase: true, out var o) && Enum.IsDefined(o) ? o : null;
    TripStatus? ParsedStatus => Enum.TryParse<TripStatus>(Status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
    DateOnly? FromDay => ParseDate(From);
    DateOnly? ToDay => ParseDate(To);

    string? KnownPerson => people.FirstOrDefault(p => p.Value == Person)?.Value;
    string? KnownState => states.FirstOrDefault(s => string.Equals(s.Value, State, StringComparison.OrdinalIgnoreCase))?.Value;

    int ActiveFilterCount => new[] { Person, State, ObligationFilter, Status, Review, From, To }.Count(v => !string.IsNullOrEmpty(v));

    bool AnyFilter => new[] { Search, Person, State, ObligationFilter, Status, Review, From, To }.Any(v => !string.IsNullOrEmpty(v));

    /// <summary>The filters as the server applies them; the grid's paging and sorting are added when it loads.</summary>
    TripPageRequest Request => new(
        Skip: 0,
        Take: PageSize,
        Review: ReviewFilter,
        Retracted: Review == RetractedChoice,
        Search: string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(),
        Person: KnownPerson,
        State: KnownState,
        Status: ParsedStatus,
        Obligation: ParsedObligation,
        From: FromDay,
        To: ToDay);

    /// <summary>A filter in the address that the page cannot read is said, never silently dropped.</summary>
    string? FilterProblem
    {
        get
        {
            var unread = new List<string>();
            if (!string.IsNullOrEmpty(Person) && KnownPerson is null) unread.Add($"person “{Person}” (no one of that name has trips recorded)");
            if (!string.IsNullOrEmpty(State) && KnownState is null) unread.Add($"State “{State}” (not an ISO alpha-3 code in the record)");
            if (!string.IsNullOrEmpty(From) && FromDay is null) unread.Add($"from “{From}” (write dates yyyy-MM-dd)");
            if (!string.IsNullOrEmpty(To) && ToDay is null) unread.Add($"to “{To}” (write dates yyyy-MM-dd)");
            if (!string.IsNullOrEmpty(ObligationFilter) && ParsedObligation is null) unread.Add($"obligation “{ObligationFilter}”");
            if (!string.IsNullOrEmpty(Status) && ParsedStatus is null) unread.Add($"status “{Status}”");
            if (!string.IsNullOrEmpty(Review) && ReviewFilter is null && Review != RetractedChoice) unread.Add($"review “{Review}”");
            if (FromDay > ToDay) unread.Add("‘to’ is before ‘from’, so no trip can match");
            return unread.Count == 0 ? null : $"Not applied: {string.Join("; ", unread)}.";
        }
    }

    string CountText => total switch
    {
        null => "Loading trips…",
        0 => AnyFilter ? "No trip matches these filters." : "No trips recorded.",
        1 => AnyFilter ? "1 trip matches." : "1 trip.",
        var n => AnyFilter ? $"{n:N0} trips match." : $"{n:N0} trips.",
    };

    // What the export links give, in words for screen readers: "all trips", "Verified trips", or "the trips listed".
    string ExportSubject => (AnyFilter, ActiveFilterCount == 1 && !string.IsNullOrEmpty(Review) && string.IsNullOrEmpty(Search)) switch
    {
        (false, _) => "all trips",
        (true, true) when ReviewFilter is { } review => $"{review} trips",
        _ => "the trips listed",
    };

    protected override async Task OnInitializedAsync()
    {
        var choices = await Trips.ChoicesAsync(Leaving);
        (people, states) = (choices.People, choices.States);
    }

    // New filters in the query string reload the first page.
    protected override async Task OnParametersSetAsync()
    {
        if (grid is not null && loadedFor is not null && loadedFor != Request)
            await grid.ReloadServerData();
    }

    async Task<GridData<TripListItem>> LoadAsync(GridState<TripListItem> state, CancellationToken ct)
    {
        loading = true;
        try
        {
            var request = Request;
            loadedFor = request;
            var sort = state.SortDefinitions.FirstOrDefault();
            var page = await Trips.PageAsync(request with { Skip = state.Page * state.PageSize, Take = state.PageSize, SortBy = sort?.SortBy, Descending = sort?.Descending ?? false }, ct);
            if (total != page.Total)
            {
                total = page.Total;
                StateHasChanged(); // the count above the grid, which the grid's own render does not redraw
            }
            return new GridData<TripListItem> { Items = page.Items, TotalItems = page.Total };
        }
        finally
        {
            loading = false;
        }
    }

    void Apply(string? q = null, string? person = null, string? state = null, string? obligation = null, string? status = null, string? review = null, string? from = null, string? to = null)
    {
        var query = new Dictionary<string, object?>
        {
            ["q"] = q is null ? Search : NullIfEmpty(q.Trim()),
            ["person"] = person is null ? Person : NullIfEmpty(person),
            ["state"] = state is null ? State : NullIfEmpty(state),
            ["obligation"] = obligation is null ? ObligationFilter : NullIfEmpty(obligation),
            ["status"] = status is null ? Status : NullIfEmpty(status),
            ["review"] = review is null ? Review : NullIfEmpty(review),
            ["from"] = from is null ? From : NullIfEmpty(from),
            ["to"] = to is null ? To : NullIfEmpty(to),
        };
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query), replace: true);
    }

    static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    static DateOnly? ParseDate(string? text) => Forms.FilterValues.ParseDate(text);

    // "" (not null) for a cleared date, so Apply drops it from the address.
    static string Iso(DateOnly? day) => day is { } d ? Forms.FilterValues.Iso(d) : "";

    // One line for a one-day trip, two for longer ones; "date unknown" rather than an empty cell.
    static MarkupString DatesText(TripListItem trip) => (trip.StartDate, trip.EndDate) switch
    {
        (null, null) => new("date unknown"),
        ({ } start, { } end) when end != start => new($"{Iso(start)}<br>– {Iso(end)}"),
        (var start, var end) => new(Iso(start ?? end)),
    };

    static string StatusText(TripListItem trip) => trip.Status switch
    {
        TripStatus.Delegated when trip.RepresentativeName is not null => $"Delegated ({trip.RepresentativeName} went)",
        TripStatus.Virtual => "Virtual attendance",
        var status => status.ToString(),
    };
}
