using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// axe-core on every page in light, dark and phone views: no serious or critical violation (contrast, names,
/// nested controls, …), and at 390 px nothing scrolls the page sideways.
/// </summary>
[Trait("Category", "Browser")]
public class AccessibilityTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [MemberData(nameof(PageViews.All), MemberType = typeof(PageViews))]
    public async Task Page_HasNoSeriousOrCriticalAxeViolation(string viewName, string path)
    {
        var (_, ready, role) = PageViews.Page(path);
        var view = PageViews.View(viewName);
        var page = await app.OpenInViewAsync(await app.ResolveAsync(path), role, view.Width, view.Scheme);
        await page.Locator(ready).First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.Locator("html"))
            .ToHaveAttributeAsync("data-theme", view.Scheme == ColorScheme.Dark ? "dark" : "light");
        // Drawn widgets (timeline, map, chart) and the theme's colour transitions settle before contrast is read.
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");

        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(
                " | ",
                v.Nodes.Take(3).Select(n => $"{n.Target} {string.Join(" ", n.Any.Select(c => c.Message))}"))}");
        serious.Should().BeEmpty();
        if (view.Width < 600)
            (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .Should().BeTrue("nothing scrolls sideways on a phone");
        await page.Context.CloseAsync();
    }
}
