using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// The timeline in Chromium: its trips and colours, its filters and address, its layout at every width, zooming,
/// dragging, and leaving it while it loads.
/// </summary>
[Trait("Category", "Browser")]
public class TimelinePageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Timeline_ShowsSeededTripsInTheirColours()
    {
        var page = await app.OpenAsync("/timeline?leaders=vladimir-putin&from=2023-06-01&to=2023-12-31");

        var brics = page.Locator(
            ".vis-item.trip",
            new() { Has = page.Locator("[data-obligation=ArrestRequired][data-status=Delegated]") });
        await Assertions.Expect(brics.First).ToBeVisibleAsync();
        var kyrgyzstan = page.Locator("[data-obligation=NoTreatyObligation][data-status=Reported]").First;
        await Assertions.Expect(kyrgyzstan).ToBeVisibleAsync();

        var red = await brics.First.EvaluateAsync<string>("e => getComputedStyle(e).borderTopColor");
        var green = await page.Locator(".vis-item.trip", new() { Has = kyrgyzstan }).First
            .EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        red.Should().Be(await page.PaletteAsync("ArrestRequired"), "ArrestRequired has its own colour");
        green.Should().Be(await page.PaletteAsync("NoTreatyObligation"), "NoTreatyObligation has its own colour");
        (await brics.First.EvaluateAsync<string>("e => getComputedStyle(e).borderTopStyle"))
            .Should().Be("dashed", "a delegated trip is dashed");
    }

    [Fact]
    public async Task Timeline_FilterByReview_DrawsOnlyTripsInThatState()
    {
        var page = await app.OpenAsync(
            "/timeline?leaders=vladimir-putin&from=2023-01-01&to=2024-12-31&review=Corroborated");

        var items = page.Locator(".vis-item.trip [data-trip-id]");
        await Assertions.Expect(items.First).ToBeVisibleAsync();
        (await items.EvaluateAllAsync<string[]>("es => [...new Set(es.map(e => e.dataset.review))]"))
            .Should().Equal("Corroborated");
        await Assertions.Expect(page.Locator("[data-review=Unverified]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Timeline_FilterByLeader_ChangesWhatIsShown_AndKeepsItInTheUrl()
    {
        var loaded = new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$");
        var page = await app.OpenAsync("/timeline?from=2009-01-01&to=2026-12-31");
        await Assertions.Expect(page.GetByTestId("timeline")).ToHaveAttributeAsync("data-trips", loaded);
        var everyone = await page.GetByTestId("timeline").GetAttributeAsync("data-trips");

        var filtered = await app.OpenAsync("/timeline?leaders=omar-al-bashir&from=2009-01-01&to=2026-12-31");
        await Assertions.Expect(filtered.GetByTestId("timeline")).ToHaveAttributeAsync("data-trips", loaded);
        var bashirOnly = int.Parse(
            (await filtered.GetByTestId("timeline").GetAttributeAsync("data-trips"))!,
            System.Globalization.CultureInfo.InvariantCulture);
        page = filtered;

        bashirOnly.Should()
            .BeGreaterThan(10)
            .And.BeLessThan(int.Parse(everyone!, System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator(".vis-label").Filter(new() { HasText = "Vladimir Putin" }))
            .ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".vis-label").Filter(new() { HasText = "Omar al-Bashir" }))
            .ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Timeline_ChoosingALeaderInTheFilter_UpdatesTheQueryString()
    {
        var page = await app.OpenAsync("/timeline?from=2023-01-01&to=2024-12-31");

        var leaders = page.GetByRole(AriaRole.Button, new() { Name = "Leaders Everyone" });
        await leaders.ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Benjamin Netanyahu" }).CheckAsync();

        await Assertions.Expect(page)
            .ToHaveURLAsync(new System.Text.RegularExpressions.Regex("leaders=benjamin-netanyahu"));
        await Assertions.Expect(page.Locator(".vis-label").Filter(new() { HasText = "Benjamin Netanyahu" }))
            .ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("leaders")).ToHaveTextAsync("Benjamin Netanyahu");

        // A second person is added to the first; Escape closes the list and gives the focus back to the button.
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Omar al-Bashir" }).CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(
            "leaders=(benjamin-netanyahu%2Comar-al-bashir|omar-al-bashir%2Cbenjamin-netanyahu)"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Omar al-Bashir" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("leaders")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".vis-label").Filter(new() { HasText = "Omar al-Bashir" }))
            .ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Timeline_UsableAt375PixelsWide()
    {
        var page = await app.OpenAsync("/timeline?leaders=vladimir-putin&from=2023-01-01&to=2024-12-31", width: 375);

        await Assertions.Expect(page.Locator("[data-trip-id]").First).ToBeAttachedAsync();
        var overflow = await page.EvaluateAsync<bool>(
            "() => document.documentElement.scrollWidth > window.innerWidth + 1");
        overflow.Should().BeFalse("nothing scrolls sideways on a 375 px phone");
    }

    [Fact]
    public async Task LeavingTheTimeline_WhileItLoads_RaisesNoError()
    {
        var page = await app.OpenAsync("/timeline?from=2002-01-01&to=2026-12-31");
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        await page.GetByRole(AriaRole.Link, new() { Name = "Trips" }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("trips").Locator("tbody tr")).ToHaveCountAsync(25);
        // Back and away again: the timeline is created and disposed a second time.
        await page.GoBackAsync();
        await page.Locator("[data-testid=timeline] .vis-timeline")
            .WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByRole(AriaRole.Link, new() { Name = "Leaders" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "People", Level = 1 }))
            .ToBeVisibleAsync();

        errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Timeline_NoTripIsDrawnOverAnother_AndEveryLabelFits_AtTheDefaultViewAndAfterZooming(int width)
    {
        var page = await app.OpenAsync("/timeline", width);
        var timeline = page.GetByTestId("timeline");
        await Assertions.Expect(timeline.Locator("[data-trip-id], [data-cluster]").First).ToBeVisibleAsync();
        (await LayoutProblemsAsync(page)).Should().BeEmpty("at the default view");

        foreach (var zoom in new[] { -600, -600, -600, 900 })
        {
            var loads = await timeline.GetAttributeAsync("data-loads");
            await timeline.ScrollIntoViewIfNeededAsync();
            var centre = (await timeline.Locator(".vis-panel.vis-center").BoundingBoxAsync())!;
            await page.Mouse.MoveAsync(centre.X + centre.Width * 0.7f, centre.Y + 20);
            await page.Mouse.WheelAsync(0, zoom);
            await page.WaitForFunctionAsync(
                "n => document.querySelector('[data-testid=timeline]').dataset.loads !== n",
                loads);
            (await LayoutProblemsAsync(page)).Should().BeEmpty($"after zooming by {zoom} at {width} px");
        }
        await Assertions.Expect(timeline.Locator("[data-trip-id]").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Timeline_ZoomingAndDragging_UpdateFromAndTo_AndTheAddress()
    {
        var page = await app.OpenAsync("/timeline?leaders=vladimir-putin&from=2023-01-01&to=2024-12-31");
        var timeline = page.GetByTestId("timeline");
        await Assertions.Expect(timeline.Locator("[data-trip-id], [data-cluster]").First).ToBeVisibleAsync();
        var centre = (await timeline.Locator(".vis-panel.vis-center").BoundingBoxAsync())!;

        await page.Mouse.MoveAsync(centre.X + centre.Width / 2, centre.Y + 20);
        await page.Mouse.WheelAsync(0, -600);
        await page.LeavesAsync("from=2023-01-01");
        var zoomed = new Uri(page.Url).Query;
        var from = FromIn(zoomed);
        await Assertions.Expect(page.Locator("#from")).ToHaveValueAsync(from);
        zoomed.Should().Contain("leaders=vladimir-putin");
        string.CompareOrdinal(from, "2023-01-01").Should().BePositive("zooming in moved the start later");

        await page.Mouse.MoveAsync(centre.X + centre.Width / 2, centre.Y + 60);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(centre.X + centre.Width / 2 + 300, centre.Y + 60, new() { Steps = 10 });
        await page.Mouse.UpAsync();
        await page.LeavesAsync(zoomed);
        var dragged = FromIn(new Uri(page.Url).Query);
        await Assertions.Expect(page.Locator("#from")).ToHaveValueAsync(dragged);
        string.CompareOrdinal(dragged, from).Should().BeNegative("dragging right shows earlier days");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#from")).ToHaveValueAsync(dragged);
    }

    static string FromIn(string query) => query.Split("from=")[1][..10];

    /// <summary>Pairs of drawn items that cover each other, and items whose label does not fit them.</summary>
    static async Task<string[]> LayoutProblemsAsync(IPage page) => await page.EvaluateAsync<string[]>("""
        () => {
          const centre = document.querySelector('[data-testid=timeline] .vis-panel.vis-center').getBoundingClientRect();
          const items = [...document.querySelectorAll(
            '[data-testid=timeline] .vis-item.vis-range, [data-testid=timeline] .vis-item.vis-box')]
            .map(e => ({ e, r: e.getBoundingClientRect(), name: e.textContent }))
            .filter(i => i.r.width > 0 && i.r.right > centre.left && i.r.left < centre.right);
          const problems = [];
          for (let i = 0; i < items.length; i++)
            for (let j = i + 1; j < items.length; j++) {
              const [a, b] = [items[i].r, items[j].r];
              if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
                problems.push(`${items[i].name} covers ${items[j].name}`);
            }
          for (const i of items) {
            const hook = i.e.querySelector('.item-hook');
            const inside = i.r.left >= centre.left && i.r.right <= centre.right;
            if (inside && hook && hook.scrollWidth > i.e.querySelector('.vis-item-content').clientWidth + 1)
              problems.push(`${i.name} is cut off`);
          }
          return problems;
        }
        """);
}
