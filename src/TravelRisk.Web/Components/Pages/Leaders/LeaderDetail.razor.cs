using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using TravelRisk.Domain.Rules;
using TravelRisk.Web.Components.Shared;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Pages.Leaders;

/// <summary>A person's page: warrants, positions, findings and trips per year by obligation.</summary>
public partial class LeaderDetail
{
    [Parameter] public string Slug { get; set; } = "";

    LeaderPage? view;
    ElementReference chart;
    bool charted;

    protected override async Task OnParametersSetAsync()
    {
        view = await Pages.LeaderAsync(Slug, Leaving);
        charted = false;
        if (view is null)
            NotFoundStatus.Set(Navigation);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (view is null || charted || !RendererInfo.IsInteractive || !view.Trips.Any(t => t.StartDate is not null))
            return;
        charted = true;
        var dated = view.Trips.Where(t => t.StartDate is not null).ToList();
        var first = dated.Min(t => t.StartDate!.Value.Year);
        var years = Enumerable.Range(first, dated.Max(t => t.StartDate!.Value.Year) - first + 1).ToList();
        var series = Enum.GetValues<Obligation>().Reverse().Where(o => dated.Any(t => t.Obligation == o))
            .Select(o => new
            {
                label = ObligationText.Label(o),
                counts = years
                    .Select(y => dated.Count(t => t.StartDate!.Value.Year == y && t.Obligation == o))
                    .ToArray(),
                colorVariable = $"--ob-{o}",
                fallback = "#888",
            })
            .ToList();
        var module = await JS.InvokeAsync<IJSObjectReference>("import", "/" + Assets["js/chart.js"]);
        await module.InvokeVoidAsync("tripsPerYear", chart, "/" + Assets["lib/chart.umd.min.js"], years, series);
    }

    static string NoFindings(string name) =>
        $"The Court has made no finding on a State that failed to arrest {name} that TravelRisk has recorded.";
}
