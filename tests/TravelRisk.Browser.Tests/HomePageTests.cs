using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;

namespace TravelRisk.Browser.Tests;

[Trait("Category", "Browser")]
public class TripListTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Home_ListsSeededTrips()
    {
        var page = await app.OpenAsync("/trips");

        var rows = page.GetByTestId("trips").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(25);
        await Assertions.Expect(page.GetByText("Delegated (Sergey Lavrov went)").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ClickLeaderHeader_ChangesTheOrder()
    {
        var page = await app.OpenAsync("/trips");
        var grid = page.GetByTestId("trips");
        var firstLeader = grid.Locator("tbody tr").First.Locator("td").First;
        await Assertions.Expect(firstLeader).Not.ToBeEmptyAsync();
        var before = await firstLeader.InnerTextAsync();

        await grid.GetByRole(AriaRole.Columnheader, new() { Name = "Leader" }).ClickAsync();
        await page.ArrivesAtAsync("/trips?sort=leader");
        await Assertions.Expect(grid.GetByRole(AriaRole.Columnheader, new() { Name = "Leader" }))
            .ToHaveAttributeAsync("aria-sort", "ascending");
        await Assertions.Expect(firstLeader).Not.ToHaveTextAsync(before);
        var ascending = await firstLeader.InnerTextAsync();
        await grid.GetByRole(AriaRole.Columnheader, new() { Name = "Leader" }).ClickAsync();
        await Assertions.Expect(firstLeader).Not.ToHaveTextAsync(ascending);

        string.CompareOrdinal(ascending, await firstLeader.InnerTextAsync()).Should()
            .BeNegative("the second click sorts descending");
    }

    [Fact]
    public async Task Pager_MovesThroughPages_WithTheOrderKept_AndOnAPhoneTheOrderIsAChoice()
    {
        var page = await app.OpenAsync("/trips?sort=host", width: 390);
        var rows = page.GetByTestId("trips").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(25);
        await Assertions.Expect(page.GetByLabel("Order")).ToHaveValueAsync("host");
        var firstOnPageOne = await rows.First.InnerTextAsync();

        await page.GetByTestId("pager").GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();

        await page.ArrivesAtAsync("/trips?sort=host&page=2");
        await Assertions.Expect(page.GetByTestId("pager")).ToContainTextAsync("Page 2 of");
        await Assertions.Expect(rows.First).Not.ToHaveTextAsync(firstOnPageOne);
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"))
            .Should().BeFalse("no sideways scrolling");
    }

    [Fact]
    public async Task SearchAndFilters_NarrowTheList_LiveInTheAddress_AndSurviveAReload()
    {
        var page = await app.OpenAsync("/trips");
        var rows = page.GetByTestId("trips").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(25);

        await page.GetByLabel("Search leaders, States, summits, notes").FillAsync("mongolia");
        await page.ArrivesAtAsync("/trips?q=mongolia");
        await page.GetByLabel("Obligation").SelectOptionAsync(new SelectOptionValue { Label = "Arrest required" });
        await page.ArrivesAtAsync("/trips?q=mongolia&obligation=ArrestRequired");

        await Assertions.Expect(rows.Filter(new() { HasText = "Mongolia" }).First).ToBeVisibleAsync();
        await Assertions.Expect(rows.Filter(new() { HasNotText = "Arrest required" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("trip-count")).ToContainTextAsync("match");

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Search leaders, States, summits, notes")).ToHaveValueAsync("mongolia");
        await Assertions.Expect(rows.Filter(new() { HasText = "Mongolia" }).First).ToBeVisibleAsync();
        (await page.GetByTestId("export-links")
                .GetByRole(AriaRole.Link, new() { Name = "Download the trips listed as CSV" })
                .GetAttributeAsync("href"))
            .Should().Contain("obligation=ArrestRequired");
    }

    [Fact]
    public async Task FromAndTo_AreTheBrowsersDateFields_NarrowTheList_AndSurviveAReload()
    {
        var page = await app.OpenAsync("/trips");
        var rows = page.GetByTestId("trips").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(25);

        await page.GetByLabel("From", new() { Exact = true }).FillAsync("2024-09-01");
        await page.ArrivesAtAsync("/trips?from=2024-09-01");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2024-09-30");
        await page.ArrivesAtAsync("/trips?from=2024-09-01&to=2024-09-30");

        await Assertions.Expect(rows.Filter(new() { HasText = "Mongolia" }).First).ToBeVisibleAsync();
        await Assertions.Expect(rows.Filter(new() { HasNotText = "2024-09-" })).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("From", new() { Exact = true })).ToHaveValueAsync("2024-09-01");
        await Assertions.Expect(page.GetByLabel("To", new() { Exact = true })).ToHaveValueAsync("2024-09-30");
    }

    [Fact]
    public async Task OnAPhone_TheFiltersFoldAway_BehindAButtonThatSaysHowManyAreSet()
    {
        var page = await app.OpenAsync("/trips?status=Delegated", width: 390);
        var toggle = page.GetByTestId("filters-toggle");

        await Assertions.Expect(toggle).ToHaveTextAsync("Filters (1 set)");
        await Assertions.Expect(page.Locator("#status-filter")).Not.ToBeVisibleAsync();
        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.Locator("#status-filter")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("trips").Locator("tbody tr").First).ToContainTextAsync("Delegated");
    }
}
