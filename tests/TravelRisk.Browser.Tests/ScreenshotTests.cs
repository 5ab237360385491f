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
    [InlineData(
        "timeline",
        "/timeline?leaders=vladimir-putin,omar-al-bashir,benjamin-netanyahu&from=2022-06-01&to=2026-12-31",
        "[data-trip-id]",
        1280,
        false)]
    [InlineData(
        "timeline-dark",
        "/timeline?leaders=vladimir-putin,omar-al-bashir,benjamin-netanyahu&from=2022-06-01&to=2026-12-31",
        "[data-trip-id]",
        1280,
        true)]
    [InlineData("map", "/map?person=vladimir-putin&date=2024-09-03", "[data-iso3=ZAF]", 1280, false)]
    [InlineData("map-dark", "/map?person=vladimir-putin&date=2024-09-03", "[data-iso3=ZAF]", 1280, true)]
    [InlineData(
        "map-panel",
        "/map?person=vladimir-putin&date=2024-09-03&state=MNG",
        "[data-testid=map-panel] [data-testid=verdict]",
        1280,
        false)]
    [InlineData(
        "check",
        "/check?person=vladimir-putin&state=MNG&date=2024-09-03",
        "[data-testid=verdict]",
        1280,
        false)]
    [InlineData(
        "check-dark",
        "/check?person=vladimir-putin&state=KAZ&date=2024-07-03",
        "[data-testid=verdict]",
        1280,
        true)]
    [InlineData(
        "check-mobile",
        "/check?person=vladimir-putin&state=MNG&date=2024-09-03",
        "[data-testid=verdict]",
        390,
        false)]
    [InlineData(
        "map-panel-mobile",
        "/map?person=vladimir-putin&date=2024-09-03&state=MNG",
        "[data-testid=map-panel] [data-testid=verdict]",
        390,
        false)]
    [InlineData("trip", "/trips/by-slug/vladimir-putin-2023-08-zaf", "[data-testid=explanation]", 1280, false)]
    [InlineData("trip-dark", "/trips/by-slug/vladimir-putin-2023-08-zaf", "[data-testid=explanation]", 1280, true)]
    [InlineData("leader", "/leaders/vladimir-putin", "canvas", 1280, false)]
    [InlineData("state", "/states/MNG", ".statute-strip", 1280, false)]
    [InlineData("trips", "/trips", "tbody tr", 1280, false)]
    [InlineData(
        "timeline-mobile",
        "/timeline?leaders=vladimir-putin&from=2023-01-01&to=2024-12-31",
        "[data-trip-id]",
        390,
        false)]
    [InlineData("trips-mobile", "/trips", "tbody tr", 390, false)]
    [InlineData(
        "trip-mobile-dark",
        "/trips/by-slug/vladimir-putin-2024-09-mng",
        "[data-testid=explanation]",
        390,
        true)]
    public async Task Save(string name, string path, string readySelector, int width, bool dark)
    {
        var page = await app.OpenInViewAsync(
            await app.ResolveAsync(path),
            null,
            width,
            dark ? ColorScheme.Dark : ColorScheme.Light);
        await page.Locator(readySelector).First.WaitForAsync(new() { State = WaitForSelectorState.Attached });

        var file = Path.Combine(RepoPaths.Root, "docs", "screenshots", $"{name}.png");
        // Once charts and maps have finished their first paint.
        await Settling.StillScreenshotAsync(page, file, new()
        {
            FullPage = width < 600,
            Clip = width < 600 ? new() { X = 0, Y = 0, Width = width, Height = 1600 } : null
        });

        File.Exists(file).Should().BeTrue();
    }

    [Fact]
    public async Task SaveTripForm()
    {
        var page = await app.SignedInAsync("screenshot.analyst@example.org", "Analyst", "/trips/new?summit=brics-2023");
        await page.ChooseAsync("leader", "Putin", "Vladimir Putin");
        await page.SelectAsync("status", "Delegated");
        await Assertions.Expect(page.GetByTestId("live-assessment"))
            .ToHaveAttributeAsync("data-obligation", "ArrestRequired");
        await page.GetByTestId("save").ClickAsync();
        await page.Locator("[data-testid=form-errors]").WaitForAsync();

        await page.SetViewportSizeAsync(1280, 1500);
        await page.EvaluateAsync(
            "() => document.querySelectorAll('.mud-main-content, main').forEach(e => e.scrollTo(0, 0))");
        var file = Path.Combine(RepoPaths.Root, "docs", "screenshots", "trip-form.png");
        await Settling.StillScreenshotAsync(page, file);

        File.Exists(file).Should().BeTrue();
    }

    [Fact]
    public async Task SaveTripHistoryAsEditor()
    {
        var path = await app.ResolveAsync("/trips/by-slug/vladimir-putin-2024-09-mng");
        var id = int.Parse(path.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var writer = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<TravelRisk.Web.Services.TripWriter>(app.Services);
        await writer.AddSourceAsync(
            id,
            null,
            new("https://example.org/mng-follow-up", "Example News", new(2024, 9, 4), "Mongolia did not arrest him."),
            "analyst@example.org",
            CancellationToken.None);

        var page = await app.SignedInAsync("screenshot.editor@example.org", "Editor", path);
        await page.SetViewportSizeAsync(1280, 1400);
        await page.GetByTestId("revisions").ScrollIntoViewIfNeededAsync();
        var file = Path.Combine(RepoPaths.Root, "docs", "screenshots", "trip-history.png");
        await Settling.StillScreenshotAsync(page, file);

        File.Exists(file).Should().BeTrue();
    }
}
