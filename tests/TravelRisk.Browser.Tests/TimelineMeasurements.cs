using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Data;
using Xunit.Abstractions;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// Not a pass/fail test: measures the timeline with 10,000 trips in a real browser and prints the figures for
/// docs/performance.md. Run with: bash tools/measure-timeline.sh (tests/run.sh leaves this category out).
/// </summary>
[Trait("Category", "Measurements")]
public class TimelineMeasurements(BrowserApp app, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    const int Trips = 10_000;

    [Fact]
    public async Task Timeline_With10000Trips()
    {
        var seedOnly = await UsableAsync();
        await SeedSyntheticTripsAsync();
        var loaded = await UsableAsync();

        var first = await TimeAsync("/timeline?from=2015-01-01&to=2016-12-31");
        var decade = await TimeAsync("/timeline?from=2005-01-01&to=2014-12-31");
        var everything = await TimeAsync("/timeline?from=2002-01-01&to=2027-12-31");
        var pan = await PanAsync("/timeline?from=2015-01-01&to=2016-12-31");

        output.WriteLine($"trips in the database: {Trips + 150} (10,000 synthetic + the seed)");
        foreach (var (name, r) in new[] { ("2-year", first), ("10-year", decade), ("26-year", everything) })
            output.WriteLine(
                $"open, {name} window: {r.Items} items (trips or clusters) on screen {r.Ms}" +
                $" ms after navigation; server {r.Server} ms, drawing {r.Draw} ms");
        output.WriteLine($"pan by a year (drag), reload of the new window: {pan.Items} items in {pan.Ms} ms");
        output.WriteLine(
            $"usable /timeline (default window), median of 5 fresh visits: seed data {seedOnly}" +
            $" ms, with 10,000 extra trips {loaded} ms");
        first.Items.Should().BeGreaterThan(0);
    }

    async Task SeedSyntheticTripsAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<TravelRiskDb>>()
            .CreateDbContextAsync();
        if (await db.Trips.AnyAsync(t => t.Slug.StartsWith("synthetic-")))
            return;
        var leaders = await db.Leaders.Where(l => l.Warrants.Any()).Select(l => l.Id).ToListAsync();
        var hosts = await db.Countries.Select(c => c.Iso3).ToListAsync();
        var random = new Random(10_000);
        for (var i = 0; i < Trips; i++)
        {
            var start = DateOnly.FromDayNumber(
                random.Next(new DateOnly(2002, 7, 1).DayNumber, new DateOnly(2027, 1, 1).DayNumber));
            db.Trips.Add(new Trip
            {
                Slug = $"synthetic-{i}",
                LeaderId = leaders[random.Next(leaders.Count)],
                HostIso3 = hosts[random.Next(hosts.Count)],
                StartDate = start,
                EndDate = start.AddDays(random.Next(0, 4)),
                Status = TripStatus.Reported,
                Confidence = Confidence.Low,
                Sources = [new TripSource { Outlet = "synthetic", Url = "https://example.org/synthetic" }],
            });
        }
        await db.SaveChangesAsync();
    }

    // Usable: the circuit is up, so the filters work, and the trips of the default window are drawn.
    async Task<long> UsableAsync()
    {
        var times = new List<long>();
        for (var run = 0; run < 5; run++)
        {
            var context = await app.Browser.NewContextAsync(new()
            {
                BaseURL = app.BaseAddress.ToString(),
                ViewportSize = new() { Width = 1280, Height = 900 }
            });
            var page = await context.NewPageAsync();
            var clock = Stopwatch.StartNew();
            await page.GotoAsync("/timeline");
            await page.Locator("[data-interactive=true]")
                .WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
            await page.Locator("[data-testid=timeline] .item-hook").First.WaitForAsync(new() { Timeout = 60_000 });
            times.Add(clock.ElapsedMilliseconds);
            await context.CloseAsync();
        }
        return times.Order().ElementAt(2);
    }

    async Task<(int Items, long Ms, string Server, string Draw)> TimeAsync(string path)
    {
        var page = await app.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new() { Width = 1280, Height = 900 }
        });
        page.Console += (_, message) => output.WriteLine($"console {message.Type}: {message.Text}");
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(path);
        await Assertions.Expect(page.GetByTestId("timeline"))
            .ToHaveAttributeAsync(
                "data-loaded",
                new System.Text.RegularExpressions.Regex("^[1-9]"),
                new() { Timeout = 60_000 });
        await page.Locator("[data-testid=timeline] .item-hook").First.WaitForAsync();
        clock.Stop();
        var timeline = page.GetByTestId("timeline");
        var items = int.Parse(
            (await timeline.GetAttributeAsync("data-loaded"))!,
            System.Globalization.CultureInfo.InvariantCulture);
        var result = (
            items,
            clock.ElapsedMilliseconds,
            (await timeline.GetAttributeAsync("data-server-ms"))!,
            (await timeline.GetAttributeAsync("data-draw-ms"))!);
        await page.CloseAsync();
        return result;
    }

    async Task<(int Items, long Ms)> PanAsync(string path)
    {
        var page = await app.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new() { Width = 1280, Height = 900 }
        });
        await page.GotoAsync(path);
        var timeline = page.GetByTestId("timeline");
        await Assertions.Expect(timeline)
            .ToHaveAttributeAsync(
                "data-loaded",
                new System.Text.RegularExpressions.Regex("^[1-9]"),
                new() { Timeout = 60_000 });
        var before = await timeline.GetAttributeAsync("data-loaded");
        var box = (await timeline.BoundingBoxAsync())!;
        var clock = Stopwatch.StartNew();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.8f, box.Y + 60);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.4f, box.Y + 60, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(timeline).Not.ToHaveAttributeAsync("data-loaded", before!, new() { Timeout = 60_000 });
        clock.Stop();
        var items = int.Parse(
            (await timeline.GetAttributeAsync("data-loaded"))!,
            System.Globalization.CultureInfo.InvariantCulture);
        await page.CloseAsync();
        return (items, clock.ElapsedMilliseconds);
    }
}
