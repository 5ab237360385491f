using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// The theme follows the OS, a switch overrides it across reloads without a flash; the phone menu gets out of the
/// way.
/// </summary>
[Trait("Category", "Browser")]
public class ThemeAndPhoneTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    const string LightBackground = "rgb(255, 255, 255)";
    const string DarkBackground = "rgb(21, 23, 28)";

    static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    [Fact]
    public async Task Theme_FollowsTheOs_TheSwitchOverridesIt_AndTheChoiceIsPaintedBeforeBlazorStarts()
    {
        var page = await app.OpenInViewAsync("/trips", null, 1280, ColorScheme.Dark);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        (await BackgroundAsync(page)).Should().Be(DarkBackground, "a dark OS gets the dark theme with no choice made");

        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Dark theme" });
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await toggle.ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "light");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");

        // Reload with Blazor's script blocked: what the server rendered and the early script did is the first paint.
        await page.RouteAsync("**/_framework/blazor.web*.js", route => route.AbortAsync());
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "light");
        (await BackgroundAsync(page)).Should().Be(
            LightBackground,
            "the choice survives the reload and is painted before any circuit");
        await page.UnrouteAllAsync();

        // Choosing the OS's own preference again clears the override.
        await page.ReloadAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByRole(AriaRole.Button, new() { Name = "Dark theme" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        (await page.Context.CookiesAsync()).Should().NotContain(c => c.Name == "theme");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Theme_LightOs_FirstVisitIsLight_EvenWithoutBlazor()
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            ColorScheme = ColorScheme.Light
        });
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/_framework/blazor.web*.js", route => route.AbortAsync());

        await page.GotoAsync("/leaders");

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "light");
        (await BackgroundAsync(page)).Should().Be(LightBackground);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Phone_MenuOpens_AndClosesOnceAPageIsChosen()
    {
        var page = await app.OpenInViewAsync("/leaders", null, 390, ColorScheme.Light);
        var drawer = page.Locator("#app-drawer");
        await Assertions.Expect(drawer)
            .ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--closed"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await Assertions.Expect(drawer).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--open"));
        await drawer.GetByRole(AriaRole.Link, new() { Name = "States" }).ClickAsync();

        await page.ArrivesAtAsync("/states");
        await Assertions.Expect(drawer)
            .ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--closed"));
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"))
            .Should().BeTrue();
        await page.Context.CloseAsync();
    }
}
