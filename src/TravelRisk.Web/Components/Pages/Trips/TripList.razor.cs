using System.Globalization;
using Microsoft.AspNetCore.Components;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Pages.Trips;

/// <summary>
/// Every trip in a table that pages, sorts and filters on the server, so it stays fast however many trips are
/// recorded. Every filter, the search, the order and the page live in the query string, so a list can be linked to,
/// bookmarked and reloaded; the exports beside it take the same filters. The table itself is rendered to HTML
/// (<see cref="TripListTable"/>): a circuit holds one string for it, not a render tree of every cell.
/// </summary>
public partial class TripList
{
    const string RetractedChoice = "retracted";
    static readonly int[] PageSizes = [25, 50, 100];

    static readonly IReadOnlyList<Choice> PageSizeChoices =
        [.. PageSizes.Select(n =>
            new Choice(n.ToString(CultureInfo.InvariantCulture), n.ToString(CultureInfo.InvariantCulture)))];

    static readonly IReadOnlyList<Choice> ReviewChoices =
    [
        new("", "Any standing trip"),
        .. Enum.GetValues<ReviewState>().Select(r => new Choice(r.ToString(), r.ToString())),
        new(RetractedChoice, "Retracted"),
    ];

    // "leader" is A to Z, "leader:desc" Z to A; "" is the default, newest first.
    static readonly IReadOnlyList<Choice> OrderChoices =
    [
        new("", "Newest first"),
        new(TripListColumns.Dates, "Oldest first"),
        .. TripListColumns.All.Where(c => c.Sortable && c.Key != TripListColumns.Dates).SelectMany(c => new Choice[]
        {
            new(c.Key, $"{c.Title}, A to Z"),
            new($"{c.Key}:desc", $"{c.Title}, Z to A"),
        }),
    ];

    static IReadOnlyList<Choice> ObligationChoices => Forms.FilterValues.Obligations;

    static IReadOnlyList<Choice> StatusChoices => Forms.FilterValues.Statuses;

    [Inject] ITripBrowser Trips { get; set; } = default!;
    [Inject] NavigationManager Navigation { get; set; } = default!;
    [Inject] Shared.SharedMarkup Markup { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "q")] public string? Search { get; set; }
    [SupplyParameterFromQuery(Name = "person")] public string? Person { get; set; }
    [SupplyParameterFromQuery(Name = "state")] public string? State { get; set; }
    [SupplyParameterFromQuery(Name = "obligation")] public string? ObligationFilter { get; set; }
    [SupplyParameterFromQuery(Name = "status")] public string? Status { get; set; }
    [SupplyParameterFromQuery(Name = "review")] public string? Review { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? To { get; set; }
    [SupplyParameterFromQuery(Name = "sort")] public string? Sort { get; set; }
    [SupplyParameterFromQuery(Name = "dir")] public string? Direction { get; set; }
    [SupplyParameterFromQuery(Name = "page")] public string? PageText { get; set; }
    [SupplyParameterFromQuery(Name = "size")] public string? SizeText { get; set; }

    IReadOnlyList<Choice> people = [];
    IReadOnlyList<Choice> states = [];
    bool loading;
    int? total;
    MarkupString? table;
    TripPageRequest? loadedFor;

    ReviewState? ReviewFilter => Enum.TryParse<ReviewState>(Review, ignoreCase: true, out var r) ? r : null;
    Obligation? ParsedObligation =>
        Enum.TryParse<Obligation>(ObligationFilter, ignoreCase: true, out var o) && Enum.IsDefined(o) ? o : null;
    TripStatus? ParsedStatus =>
        Enum.TryParse<TripStatus>(Status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
    DateOnly? FromDay => ParseDate(From);
    DateOnly? ToDay => ParseDate(To);

    TripListColumns.Column? SortColumn => TripListColumns.Find(Sort);
    bool Descending => SortColumn is not null && string.Equals(Direction, "desc", StringComparison.OrdinalIgnoreCase);
    int? ParsedSize =>
        int.TryParse(SizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && PageSizes.Contains(n)
            ? n
            : null;
    int PageSize => ParsedSize ?? PageSizes[0];
    int? ParsedPage =>
        int.TryParse(PageText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : null;
    int PageNumber => ParsedPage ?? 1;

    string OrderValue => SortColumn switch
    {
        null => "",
        { Key: TripListColumns.Dates } when Descending => "",
        var column => Descending ? $"{column.Key}:desc" : column.Key,
    };

    string? KnownPerson => people.FirstOrDefault(p => p.Value == Person)?.Value;
    string? KnownState =>
        states.FirstOrDefault(s => string.Equals(s.Value, State, StringComparison.OrdinalIgnoreCase))?.Value;

    int ActiveFilterCount =>
        new[] { Person, State, ObligationFilter, Status, Review, From, To }.Count(v => !string.IsNullOrEmpty(v));

    bool AnyFilter =>
        new[] { Search, Person, State, ObligationFilter, Status, Review, From, To }.Any(v => !string.IsNullOrEmpty(v));

    /// <summary>The filters, the order and the page, as the server applies them.</summary>
    TripPageRequest Request => new(
        Skip: (PageNumber - 1) * PageSize,
        Take: PageSize,
        SortBy: SortColumn?.SortBy,
        Descending: Descending,
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
            if (!string.IsNullOrEmpty(Person) && KnownPerson is null)
                unread.Add($"person “{Person}” (no one of that name has trips recorded)");
            if (!string.IsNullOrEmpty(State) && KnownState is null)
                unread.Add($"State “{State}” (not an ISO alpha-3 code in the record)");
            if (!string.IsNullOrEmpty(From) && FromDay is null)
                unread.Add($"from “{From}” (write dates yyyy-MM-dd)");
            if (!string.IsNullOrEmpty(To) && ToDay is null) unread.Add($"to “{To}” (write dates yyyy-MM-dd)");
            if (!string.IsNullOrEmpty(ObligationFilter) && ParsedObligation is null)
                unread.Add($"obligation “{ObligationFilter}”");
            if (!string.IsNullOrEmpty(Status) && ParsedStatus is null) unread.Add($"status “{Status}”");
            if (!string.IsNullOrEmpty(Review) && ReviewFilter is null && Review != RetractedChoice)
                unread.Add($"review “{Review}”");
            if (FromDay > ToDay) unread.Add("‘to’ is before ‘from’, so no trip can match");
            if (!string.IsNullOrEmpty(Sort) && SortColumn is null) unread.Add($"sort “{Sort}”");
            if (!string.IsNullOrEmpty(SizeText) && ParsedSize is null)
                unread.Add($"rows per page “{SizeText}” (25, 50 or 100)");
            if (!string.IsNullOrEmpty(PageText) && ParsedPage is null) unread.Add($"page “{PageText}”");
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
    string ExportSubject =>
        (AnyFilter, ActiveFilterCount == 1 && !string.IsNullOrEmpty(Review) && string.IsNullOrEmpty(Search)) switch
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

    // A new address (filters, order, page) loads its page of trips; the first render shows the loading bar.
    protected override async Task OnParametersSetAsync()
    {
        var request = Request;
        if (request == loadedFor)
            return;
        loadedFor = request;
        loading = true;
        var page = await Trips.PageAsync(request, Leaving);
        var lastPage = Math.Max(1, (page.Total + PageSize - 1) / PageSize);
        if (page.Items.Count == 0 && page.Total > 0) // past the end (a link from when there were more trips)
            page = await Trips.PageAsync(request with { Skip = (lastPage - 1) * PageSize }, Leaving);
        if (loadedFor != request)
            return; // the address changed while this page loaded; the newer load draws
        var shown = Math.Min(PageNumber, lastPage);
        table = await Markup.RenderAsync<TripListTable>(new Dictionary<string, object?>
        {
            [nameof(TripListTable.Items)] = page.Items,
            [nameof(TripListTable.Sort)] = SortColumn?.Key,
            [nameof(TripListTable.Descending)] = Descending,
            [nameof(TripListTable.SortHref)] = (Func<string, string>)SortHref,
            [nameof(TripListTable.Page)] = shown,
            [nameof(TripListTable.LastPage)] = lastPage,
            [nameof(TripListTable.PageHref)] = (Func<int, string>)PageHref,
        });
        total = page.Total;
        loading = false;
    }

    // A column's header sorts by it ascending, or descending when it already is ascending; a new order starts at
    // page 1. With no order chosen the list is newest first (dates descending), so "Dates" then sorts oldest first.
    string SortHref(string key)
    {
        var descending = SortColumn?.Key == key && !Descending;
        return Relative(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["sort"] = key,
            ["dir"] = descending ? "desc" : null,
            ["page"] = null,
        }));
    }

    string PageHref(int page) => Relative(Navigation.GetUriWithQueryParameter("page", page == 1 ? null : page));

    string Relative(string uri) => "/" + Navigation.ToBaseRelativePath(uri);

    // A filter, order or page size that changes goes back to the first page.
    void Apply(
        string? q = null,
        string? person = null,
        string? state = null,
        string? obligation = null,
        string? status = null,
        string? review = null,
        string? from = null,
        string? to = null,
        string? size = null,
        string? order = null)
    {
        var (sort, descending) = order is null ? (Sort, Direction) : order.Split(':') switch
        {
            [var key, "desc"] => (key, "desc"),
            [var key] when key.Length > 0 => (key, null),
            _ => (null, (string?)null),
        };
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
            ["size"] = size is null
                ? SizeText
                : size == PageSizes[0].ToString(CultureInfo.InvariantCulture) ? null : size,
            ["sort"] = sort,
            ["dir"] = descending,
            ["page"] = null,
        };
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query), replace: true);
    }

    static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    static DateOnly? ParseDate(string? text) => Forms.FilterValues.ParseDate(text);

    // "" (not null) for a cleared date, so Apply drops it from the address.
    static string Iso(DateOnly? day) => day is { } d ? Forms.FilterValues.Iso(d) : "";
}
