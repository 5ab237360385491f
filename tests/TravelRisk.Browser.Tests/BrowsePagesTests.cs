using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;

namespace TravelRisk.Browser.Tests;

/// <summary>The map, a trip's page, a leader's and a State's pages, and the theme switch, in Chromium.</summary>
[Trait("Category", "Browser")]
public class BrowsePagesTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Map_PutinOnBricsDay_SouthAfricaRedKyrgyzstanGreen()
    {
        var page = await app.OpenAsync("/map?person=vladimir-putin&date=2023-08-22");

        var southAfrica = page.Locator("path[data-iso3=ZAF]");
        await Assertions.Expect(southAfrica).ToHaveAttributeAsync("data-obligation", "ArrestRequired");
        await Assertions.Expect(page.Locator("path[data-iso3=KGZ]"))
            .ToHaveAttributeAsync("data-obligation", "NoTreatyObligation");
        await Assertions.Expect(page.Locator("path[data-iso3=UKR]"))
            .ToHaveAttributeAsync("data-obligation", "Article12_3Declaration");

        // Keyboard users choose a State with Enter (a click at South Africa's centre would land on Lesotho); its page
        // is one click away.
        await southAfrica.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByTestId("verdict-state-link").ClickAsync();
        await page.ArrivesAtAsync("/states/ZAF");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "South Africa", Level = 1 }))
            .ToBeVisibleAsync();
    }

    [Fact]
    public async Task TripPage_ShowsTheExplanationAndSources()
    {
        var page = await app.OpenAsync(await app.ResolveAsync("/trips/by-slug/vladimir-putin-2023-08-zaf"));

        await Assertions.Expect(page.GetByTestId("explanation"))
            .ToContainTextAsync("South Africa was a State Party to the Rome Statute");
        await Assertions.Expect(page.Locator(".assessment")).ToHaveAttributeAsync("data-obligation", "ArrestRequired");
        await Assertions.Expect(page.GetByText("Rome Statute, Art. 89(1) (requests for arrest and surrender)"))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=trip-map] path[data-iso3=ZAF]"))
            .ToHaveAttributeAsync("data-obligation", "ArrestRequired");
        var firstRevision = page.GetByTestId("revisions").Locator("tr[data-revision='1']");
        await Assertions.Expect(firstRevision).ToContainTextAsync("data/");
        await Assertions.Expect(firstRevision).ToContainTextAsync("Imported from data/trips.csv");
    }

    [Fact]
    public async Task TripPage_ItineraryMap_DrawsTheHostInItsObligationsColour()
    {
        var page = await app.OpenAsync(await app.ResolveAsync("/trips/by-slug/vladimir-putin-2024-09-mng"));

        var host = page.Locator("[data-testid=trip-map] path[data-iso3=MNG]");
        await Assertions.Expect(host).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bhighlight\b"));
        var fill = await host.EvaluateAsync<string>("e => getComputedStyle(e).fill");
        var elsewhere = await page.Locator("[data-testid=trip-map] path[data-iso3=FRA]")
            .EvaluateAsync<string>("e => getComputedStyle(e).fill");

        fill.Should().Be(
            await page.PaletteAsync("ArrestRequired"),
            "Mongolia had to arrest Putin, and the map says so");
        elsewhere.Should().NotBe(fill, "a State the trip never touched stays grey");
    }

    [Fact]
    public async Task LeaderAndStatePages_ShowChartStripAndVisits()
    {
        var leader = await app.OpenAsync("/leaders/omar-al-bashir");
        await Assertions.Expect(leader.Locator("canvas")).ToBeVisibleAsync();
        await Assertions.Expect(leader.Locator("tr[data-obligation=ArrestRequired]").First).ToBeVisibleAsync();

        var state = await app.OpenAsync("/states/MNG");
        await Assertions.Expect(state.Locator(".statute-strip rect[data-status=Party]")).ToHaveCountAsync(1);
        await Assertions.Expect(state
                .Locator("tr[data-obligation=ArrestRequired]")
                .Filter(new() { HasText = "Vladimir Putin" }))
            .ToHaveCountAsync(1);
        await Assertions.Expect(state.GetByText("referred to ASP")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ThemeToggle_SwitchesToTheDarkTheme()
    {
        var page = await app.OpenAsync("/map?person=vladimir-putin&date=2023-08-22");
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

        await page.GetByRole(AriaRole.Button, new() { Name = "Dark theme" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await page.WaitForFunctionAsync(
            "before => getComputedStyle(document.body).backgroundColor !== before",
            background);
    }
}
