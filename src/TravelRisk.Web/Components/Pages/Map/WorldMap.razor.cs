using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using TravelRisk.Domain.Rules;
using TravelRisk.Web.Components.Forms;
using TravelRisk.Web.Components.Shared;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Pages.Map;

/// <summary>The world map of one wanted person's obligations on one day; a State's answer beside it.</summary>
public partial class WorldMap
{
    [SupplyParameterFromQuery(Name = "person")] public string? Person { get; set; }
    [SupplyParameterFromQuery(Name = "date")] public string? Date { get; set; }
    [SupplyParameterFromQuery(Name = "state")] public string? State { get; set; }

    IReadOnlyList<Choice> wanted = [];
    readonly RejectedDates rejectedDates = new();
    IReadOnlyDictionary<string, Obligation>? obligations;
    ElementReference mapElement;
    IJSObjectReference? module;
    DotNetObjectReference<WorldMap>? self;
    CheckAnswer? answer;
    string slug = "vladimir-putin";
    DateOnly day;
    int sliderMin, sliderMax;
    string? requested, drawn;

    protected override async Task OnInitializedAsync() =>
        wanted = [.. (await Pages.WantedAsync(Leaving)).Select(l => new Choice(l.Leader.Slug, l.Leader.Name))];

    protected override async Task OnParametersSetAsync()
    {
        slug = string.IsNullOrEmpty(Person) ? "vladimir-putin" : Person;
        day = DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : Pages.Today;
        sliderMin = new DateOnly(2002, 7, 1).DayNumber;
        sliderMax = Math.Max(Pages.Today.AddYears(1).DayNumber, day.DayNumber);
        obligations = await Pages.MapAsync(slug, day, Leaving);
        answer = string.IsNullOrEmpty(State) ? null : await Checker.AnswerAsync(slug, State, day, Leaving);
        await DrawAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", "/" + Assets["js/map.js"]);
            await DrawAsync();
        }
    }

    async Task DrawAsync()
    {
        var key = $"{slug}/{day}";
        if (module is null || obligations is null || requested == key)
            return;
        requested = key;
        var person = wanted.FirstOrDefault(w => w.Value == slug)?.Text ?? slug;
        self ??= DotNetObjectReference.Create(this);
        await module.InvokeVoidAsync("draw", mapElement, MapAssets.For(Assets),
            obligations.ToDictionary(o => o.Key, o => o.Value.ToString()),
            new
            {
                label = $"World map of obligations toward {person} on {day:yyyy-MM-dd}: each State is a button that shows its answer beside the map",
                names = MapAssets.Names,
                select = self,
                selected = answer?.State,
            });
        drawn = key;
        StateHasChanged();
    }

    void Go(string person, DateOnly date, string? state = null) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["person"] = person,
            ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["state"] = state ?? answer?.State,
        }), replace: true);

    /// <summary>A State clicked on the map: its answer in the panel, and in the address so it can be shared.</summary>
    [JSInvokable]
    public void Select(string iso3) => Go(slug, day, iso3);

    public override void Dispose()
    {
        self?.Dispose();
        base.Dispose();
    }
}
