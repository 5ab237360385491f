using Microsoft.AspNetCore.Components;
using MudBlazor;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Pages.Trips;

/// <summary>
/// Every trip in a grid that pages, sorts and filters on the server (<see cref="MudDataGrid{T}.ServerData"/>), so it
/// stays fast however many trips are recorded. The review filter is kept in the query string, so a list can be linked to.
/// </summary>
public partial class TripList
{
    const int PageSize = 25;
    const string RetractedChoice = "retracted";

    static readonly IReadOnlyList<Choice> ReviewChoices =
        [new("", "Any standing trip"), .. Enum.GetValues<ReviewState>().Select(r => new Choice(r.ToString(), r.ToString())), new(RetractedChoice, "Retracted")];

    [Inject] TripBrowser Trips { get; set; } = default!;
    [Inject] NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "review")] public string? Review { get; set; }

    MudDataGrid<TripListItem>? grid;
    string? search;
    bool loading;
    string? loadedFor;

    ReviewState? ReviewFilter => Enum.TryParse<ReviewState>(Review, ignoreCase: true, out var r) ? r : null;

    static string ReviewText(string? value) => ReviewChoices.FirstOrDefault(c => c.Value == (value ?? ""))?.Text ?? "";

    // A new review in the query string reloads the first page.
    protected override async Task OnParametersSetAsync()
    {
        if (grid is not null && loadedFor != Review)
            await grid.ReloadServerData();
    }

    async Task<GridData<TripListItem>> LoadAsync(GridState<TripListItem> state, CancellationToken ct)
    {
        loading = true;
        try
        {
            loadedFor = Review;
            var sort = state.SortDefinitions.FirstOrDefault();
            var page = await Trips.PageAsync(new TripPageRequest(state.Page * state.PageSize, state.PageSize, sort?.SortBy, sort?.Descending ?? false,
                ReviewFilter, Review == RetractedChoice, search), ct);
            return new GridData<TripListItem> { Items = page.Items, TotalItems = page.Total };
        }
        finally
        {
            loading = false;
        }
    }

    void FilterAsync(string? review) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("review", string.IsNullOrEmpty(review) ? null : review));

    async Task SearchAsync(string? text)
    {
        search = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (grid is not null)
            await grid.ReloadServerData();
    }

    static string StatusText(TripListItem trip) => trip.Status switch
    {
        TripStatus.Delegated when trip.RepresentativeName is not null => $"Delegated ({trip.RepresentativeName} went)",
        TripStatus.Virtual => "Virtual attendance",
        var status => status.ToString(),
    };
}
