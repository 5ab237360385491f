using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;
using TravelRisk.Tests;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// Not a test of behaviour: saves a screenshot of each page into docs/screenshots/ for the README.
/// Run with: bash tools/screenshots.sh (tests/run.sh leaves this category out).
/// </summary>
[Trait("Category", "Screenshots")]
public class ScreenshotTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("timeline", "/timeline?leaders=vladimir-putin,omar-al-bashir,benjamin-netanyahu&from=2022-06-01&to=2026-12-31", "[data-trip-id]", 1280)]
    [InlineData("map", "/map?person=vladimir-putin&date=2024-09-03", "[data-iso3=ZAF]", 1280)]
    [InlineData("trip", "/trips/by-slug/vladimir-putin-2023-08-zaf", "[data-testid=explanation]", 1280)]
    [InlineData("leader", "/leaders/vladimir-putin", "canvas", 1280)]
    [InlineData("state", "/states/MNG", ".statute-strip", 1280)]
    [InlineData("trips", "/trips", "tbody tr", 1280)]
    [InlineData("timeline-mobile", "/timeline?leaders=vladimir-putin&from=2023-01-01&to=2024-12-31", "[data-trip-id]", 375)]
    public async Task Save(string name, string path, string readySelector, int width)
    {
        var page = await app.OpenAsync(await app.ResolveAsync(path), width);
        await page.Locator(readySelector).First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForTimeoutAsync(800); // let charts and maps finish their first paint

        var file = Path.Combine(RepoPaths.Root, "docs", "screenshots", $"{name}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = width < 600 });

        File.Exists(file).Should().BeTrue();
    }
}
