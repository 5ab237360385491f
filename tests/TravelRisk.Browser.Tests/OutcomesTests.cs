using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// What happened after a visit: the Court's Art. 87(7) findings on the trip and leader pages, linked both ways with
/// the State's page; and trips not made in person say what the host would have had to do.
/// </summary>
[Trait("Category", "Browser")]
public class OutcomesTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task MongoliaTripPage_NamesTheFinding_AndLinksToMongoliasFindings()
    {
        var trip = await app.ResolveAsync("/trips/by-slug/vladimir-putin-2024-09-mng");
        var page = await app.OpenAsync(trip);

        var finding = page.GetByTestId("outcomes").Locator("li[data-kind=NonCompliance]");
        await Assertions.Expect(finding).ToContainTextAsync("24 October 2024");
        await Assertions.Expect(finding)
            .ToContainTextAsync(
                "Pre-Trial Chamber II found that Mongolia had failed to comply with the Court's request to arrest " +
                "and surrender Vladimir Putin (Art. 87(7))");
        await Assertions.Expect(finding).ToContainTextAsync("Assembly of States Parties");

        await finding.GetByRole(AriaRole.Link, new() { Name = "Mongolia’s findings" }).ClickAsync();
        await page.ArrivesAtAsync("/states/MNG#findings-title");
        await Assertions.Expect(page.Locator("section[aria-labelledby=findings-title] a[href='" + trip + "']"))
            .ToHaveCountAsync(1);
    }

    [Fact]
    public async Task LeaderPage_ListsTheFindingsOnHisTrips_WithTheVisitAndTheState()
    {
        var page = await app.OpenAsync("/leaders/vladimir-putin");
        var trip = await app.ResolveAsync("/trips/by-slug/vladimir-putin-2024-09-mng");

        var finding = page.GetByTestId("outcomes")
            .Locator("li[data-kind=NonCompliance]")
            .Filter(new() { HasText = "Mongolia" });
        await Assertions.Expect(finding).ToHaveCountAsync(1);
        await Assertions.Expect(finding.Locator($"a[href='{trip}']")).ToHaveCountAsync(1);
        await Assertions.Expect(finding.Locator("a[href='/states/MNG#findings-title']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task DelegatedTrip_SaysWhatTheHostWouldHaveHadToDoHadHeCome()
    {
        var page = await app.OpenAsync(await app.ResolveAsync("/trips/by-slug/vladimir-putin-2023-08-zaf"));
        var leader = await app.OpenAsync("/leaders/vladimir-putin");

        await Assertions.Expect(page.Locator(".assessment").GetByTestId("had-come"))
            .ToHaveTextAsync("Had Vladimir Putin come, the host would have had to:");
        var delegated = leader.Locator("tr:has(td.trip-status-delegated)").First;
        await Assertions.Expect(delegated.GetByTestId("had-come")).ToBeVisibleAsync();
        await Assertions.Expect(leader.Locator("tr:has(td.trip-status-reported) [data-testid=had-come]"))
            .ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TripPage_NamesStatesInWords_NotCodes()
    {
        var page = await app.OpenAsync(await app.ResolveAsync("/trips/by-slug/vladimir-putin-2023-08-zaf"));

        var assessment = page.Locator(".assessment p").First;
        await Assertions.Expect(assessment).ToContainTextAsync("in South Africa");
        await Assertions.Expect(assessment).Not.ToContainTextAsync("ZAF");
        await Assertions.Expect(page.Locator("h1 + p")).ToContainTextAsync(" — 15th BRICS Summit");
        await Assertions.Expect(page.GetByTestId("outcomes")).ToContainTextAsync("on its page. The State’s findings");
    }
}
