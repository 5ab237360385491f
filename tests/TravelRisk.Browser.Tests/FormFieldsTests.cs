using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// The trip form's own controls in a real browser: the calendar drawn on demand, the browser-list pickers, and the
/// rows of sources and countries.
/// </summary>
[Trait("Category", "Browser")]
public class FormFieldsTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>
    /// At 1400 px the first day sits in the form's last column, narrower than the calendar: opened, the calendar
    /// must stay inside the window instead of making the page scroll sideways (found by hand, 2026-12-07).
    /// </summary>
    [Fact]
    public async Task Calendar_InTheLastColumn_StaysInsideTheWindow()
    {
        var page = await app.SignedInAsync("analyst.calendar.wide@example.org", "Analyst", "/trips/new");
        await page.SetViewportSizeAsync(1400, 900);

        await page.GetByRole(AriaRole.Button, new() { Name = "Choose first day in a calendar" }).ClickAsync();
        await Assertions.Expect(page.Locator("#startDate-calendar .mud-picker-static")).ToBeVisibleAsync();

        var box = await page.Locator("#startDate-calendar .mud-picker-static").BoundingBoxAsync();
        (box!.X, box.X + box.Width).Should().Match<(float Left, float Right)>(
            edges => edges.Left >= 0 && edges.Right <= 1400, "the whole calendar is in the window");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().Be(1400);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Calendar_OpensOnlyWhenAsked_PicksADay_AndGivesFocusBack()
    {
        var page = await app.SignedInAsync("analyst.calendar@example.org", "Analyst", "/trips/new");
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Choose last day in a calendar" });
        await Assertions.Expect(page.Locator(".mud-picker")).ToHaveCountAsync(0);
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "false");

        await page.TypeDateAsync("endDate", "2026-12-15");
        await button.ClickAsync();
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        // The calendar opens on the field's month (the app's clock is frozen in November 2026).
        await Assertions.Expect(page.Locator("#endDate-calendar")).ToContainTextAsync("December");
        await page.Locator("#endDate-calendar button.mud-picker-calendar-day", new() { HasTextString = "20" })
            .First.ClickAsync();

        await Assertions.Expect(page.Locator("#endDate")).ToHaveValueAsync("2026-12-20");
        await Assertions.Expect(page.Locator("#endDate-calendar")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#endDate")).ToBeFocusedAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Choose first day in a calendar" }).ClickAsync();
        await Assertions.Expect(page.Locator("#startDate-calendar")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab"); // into the calendar, as a keyboard user goes
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#startDate-calendar")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#startDate")).ToHaveValueAsync("");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Picker_TakesAPartOnlyOneNameFits_AndOtherwiseSaysWhy_KeepingTheChoiceShown()
    {
        var page = await app.SignedInAsync("analyst.picker@example.org", "Analyst", "/trips/new");

        await page.ChooseAsync("host", "Mongol", "Mongolia");
        await page.Locator("#host").FillAsync("mon");
        await page.Locator("#host").PressAsync("Tab");

        await Assertions.Expect(page.Locator("#host-problem")).ToContainTextAsync("“mon” fits several");
        await Assertions.Expect(page.Locator("#host")).ToHaveValueAsync("Mongolia (MNG)");
        await Assertions.Expect(page.Locator("#host")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SourcesAndCountries_AreAddedAndRemoved_AndTheRowsBelowMoveUp()
    {
        var page = await app.SignedInAsync("analyst.rows@example.org", "Analyst", "/trips/new");

        await page.FillFieldAsync("sources[0].outlet", "First Outlet");
        await page.GetByTestId("add-source").ClickAsync();
        await page.FillFieldAsync("sources[1].outlet", "Second Outlet");
        await page.Locator("#sources-1-outlet").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove source 1" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-source]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#sources-0-outlet")).ToHaveValueAsync("Second Outlet");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove source 1" }))
            .ToHaveCountAsync(0, new() { Timeout = 5_000 });

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a country" }).ClickAsync();
        await page.ChooseAsync("legs[0].country", "Kazakh", "Kazakhstan");
        await Assertions.Expect(page.Locator("[data-leg]")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove country 1" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-leg]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
