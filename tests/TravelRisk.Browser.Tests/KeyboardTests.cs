using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// With the keyboard alone: Tab reaches every trip on the timeline and every State on the map, in order, with a
/// visible focus ring.
/// </summary>
[Trait("Category", "Browser")]
public class KeyboardTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    // Presses Tab until the focused element matches the selector (at most `limit` times), as a keyboard user would.
    static async Task TabUntilAsync(IPage page, string selector, int limit = 80)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
                return;
        }
        throw new InvalidOperationException($"{limit} presses of Tab never reached {selector}");
    }

    static Task<string> FocusedAsync(IPage page, string attribute) =>
        page.EvaluateAsync<string>("a => document.activeElement.getAttribute(a)", attribute);

    [Fact]
    public async Task Timeline_TabVisitsEveryTripInDateOrder_WithAVisibleRing_EnterOpensIt()
    {
        var page = await app.OpenAsync("/timeline?leaders=vladimir-putin&from=2023-06-01&to=2024-12-31");
        var links = page.Locator("[data-testid=timeline] a[data-trip-id]");
        await Assertions.Expect(links.First).ToBeAttachedAsync();
        var expected = await links.EvaluateAllAsync<string[]>("es => es.map(e => e.dataset.tripId)");
        // Where each trip starts on the time axis: the left edge of its range or box (boxes start on the trip's first
        // day).
        var starts = await links.EvaluateAllAsync<double[]>(
            "es => es.map(e => e.closest('.vis-item').getBoundingClientRect().left)");
        starts.Zip(starts.Skip(1)).Should().OnlyContain(
            p => p.Second >= p.First - 2,
            "one lane: the links come in date order (to the pixel)");

        await TabUntilAsync(page, "[data-testid=timeline] a[data-trip-id]");
        var visited = new List<string> { await FocusedAsync(page, "data-trip-id") };
        var outline = await page.EvaluateAsync<string>(
            "() => { const s = getComputedStyle(document.activeElement.closest('.vis-item')); " +
            "return s.outlineStyle + ' ' + s.outlineWidth; }");
        for (var i = 1; i < expected.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            visited.Add(await FocusedAsync(page, "data-trip-id"));
        }

        visited.Should().Equal(expected);
        outline.Should().Be("solid 3px", "the focused trip is outlined");
        var last = visited[^1];
        await page.Keyboard.PressAsync("Enter");
        await page.ArrivesAtAsync($"/trips/{last}");
        await Assertions.Expect(page.GetByTestId("explanation")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Map_TabVisitsStatesInAlphabeticalOrder_WithAVisibleRing_EnterShowsItsAnswer()
    {
        var page = await app.OpenAsync("/map?person=vladimir-putin&date=2024-09-03");
        await Assertions.Expect(page.Locator("path[data-iso3=ZAF]"))
            .ToHaveAttributeAsync("data-obligation", "ArrestRequired");

        await TabUntilAsync(page, "path[data-iso3][tabindex]", limit: 120);
        var names = new List<string> { await FocusedAsync(page, "aria-label") };
        for (var i = 0; i < 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            names.Add(await FocusedAsync(page, "aria-label"));
        }
        var ring = await page.EvaluateAsync<bool>(
            "() => { const r = document.querySelector('.focus-ring'); return r.classList.contains('shown') && " +
            "r.getAttribute('d') === document.activeElement.getAttribute('d') && " +
            "getComputedStyle(r).strokeWidth === '3px'; }");

        names.Should().BeInAscendingOrder(
            StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, ignoreCase: true));
        names[0].Should().StartWith("Afghanistan");
        ring.Should().BeTrue("the focused State is outlined on top of its neighbours");
        var iso3 = await FocusedAsync(page, "data-iso3");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("map-panel").GetByTestId("verdict"))
            .ToHaveAttributeAsync("data-state", iso3);
        await page.GetByTestId("map-panel").GetByTestId("verdict-state-link").ClickAsync();
        await page.ArrivesAtAsync($"/states/{iso3}");
    }
}
