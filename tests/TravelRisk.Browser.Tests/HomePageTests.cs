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
        await Assertions.Expect(firstLeader).Not.ToHaveTextAsync(before);
        var ascending = await firstLeader.InnerTextAsync();
        await grid.GetByRole(AriaRole.Columnheader, new() { Name = "Leader" }).ClickAsync();
        await Assertions.Expect(firstLeader).Not.ToHaveTextAsync(ascending);

        string.CompareOrdinal(ascending, await firstLeader.InnerTextAsync()).Should().BeNegative("the second click sorts descending");
    }
}
