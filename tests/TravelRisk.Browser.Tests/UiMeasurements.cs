using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// Not pass/fail tests: figures for docs/performance.md, measured against the published app started by
/// tools/measure-ui.sh (Production, its own process, so its memory is the server's alone). tests/run.sh leaves this
/// category out; without TRAVELRISK_MEASURE_URL these do nothing.
/// </summary>
[Trait("Category", "Measurements")]
public sealed partial class UiMeasurements(ITestOutputHelper output) : IAsyncLifetime
{
    static readonly string? BaseUrl = Environment.GetEnvironmentVariable("TRAVELRISK_MEASURE_URL");
    static readonly string Password = Environment.GetEnvironmentVariable("TRAVELRISK_MEASURE_PASSWORD") ?? "";

    // The pages a reader opens, then the analysts' and admins' forms (signed in), each with what shows it is ready.
    static readonly (string Path, string Ready, string? Role)[] Pages =
    [
        ("/timeline?leaders=vladimir-putin&from=2023-01-01&to=2024-12-31", "[data-trip-id]", null),
        ("/map?person=vladimir-putin&date=2024-09-03", "[data-iso3=ZAF]", null),
        ("/trips", "tbody tr", null),
        ("/trips/1", "[data-testid=explanation]", null),
        ("/changes", "[data-testid=recent-changes]", null),
        ("/leaders", "tbody tr", null),
        ("/leaders/vladimir-putin", "canvas", null),
        ("/states", "tbody tr", null),
        ("/states/MNG", ".statute-strip", null),
        ("/account/login", "form", null),
        ("/trips/new", "[data-testid=save]", "Analyst"),
        ("/trips/1/edit", "[data-testid=save]", "Analyst"),
        ("/trips/1/cancel", "[data-testid=save]", "Analyst"),
        ("/trips/1/sources/new", "[data-testid=save]", "Analyst"),
        ("/summits/new", "[data-testid=save]", "Analyst"),
        ("/admin/users", "[data-testid=accounts]", "Admin"),
        ("/admin/api-keys", "[data-testid=api-keys]", "Admin"),
    ];

    IPlaywright? _playwright;
    IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (BaseUrl is null)
            return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(ChromiumLaunch.Options());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    async Task<IBrowserContext> ContextAsync(string? role, int width = 1280, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ViewportSize = new() { Width = width, Height = 900 },
            ColorScheme = scheme
        });
        if (role is null)
            return context;
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail").FillAsync($"measure.{role}@example.org");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.LeavesAsync("/account/login");
        await page.CloseAsync();
        return context;
    }

    static async Task WaitReadyAsync(IPage page, string ready)
    {
        await page.Locator(ready).First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        if (!page.Url.Contains("/account/", StringComparison.Ordinal))
            await page.Locator("[data-interactive=true]")
                .WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
    }

    [Fact]
    public async Task Axe_SeriousAndCritical_PerPage_LightDarkPhone()
    {
        if (BaseUrl is null)
            return;
        var views = new (string Name, int Width, ColorScheme Scheme)[]
        {
            ("light", 1280, ColorScheme.Light),
            ("dark", 1280, ColorScheme.Dark),
            ("phone", 390, ColorScheme.Light)
        };
        var total = 0;
        foreach (var view in views)
        {
            foreach (var role in Pages.Select(p => p.Role).Distinct())
            {
                var context = await ContextAsync(role, view.Width, view.Scheme);
                foreach (var (path, ready, _) in Pages.Where(p => p.Role == role))
                {
                    var page = await context.NewPageAsync();
                    await page.GotoAsync(path);
                    await WaitReadyAsync(page, ready);
                    if (view.Name == "dark")
                        await MakeDarkAsync(page);
                    await Settling.AnimationsDoneAsync(page); // transitions of the theme and drawn widgets settle
                    var result = await page.RunAxe();
                    var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
                    total += bad.Sum(v => v.Nodes.Length);
                    output.WriteLine(
                        $"axe {view.Name,-5} {path,-66} {bad.Sum(v => v.Nodes.Length),3} nodes: " +
                        $"{string.Join(", ", bad.Select(v => $"{v.Id} x{v.Nodes.Length}"))}");
                    foreach (var v in bad)
                        foreach (var node in v.Nodes.Take(3))
                            output.WriteLine(
                                $"      {v.Id}: {node.Target} {Shorten(node.Html)} " +
                                $"{Shorten(string.Join(" ", node.Any.Select(c => c.Message)))}");
                    await page.CloseAsync();
                }
                await context.CloseAsync();
            }
        }
        output.WriteLine($"axe total serious+critical nodes: {total}");
    }

    // The OS preference is emulated; a UI that ignores it is switched with its own theme control.
    static async Task MakeDarkAsync(IPage page)
    {
        if (await page.EvaluateAsync<bool>(
            "() => matchMedia('(prefers-color-scheme: dark)').matches && " +
            "document.documentElement.dataset.theme === 'dark'"))
            return;
        var toggle = page.GetByLabel("Switch between light and dark theme");
        if (await toggle.CountAsync() > 0)
            await toggle.First.ClickAsync();
    }

    static string Shorten(string? text) => text is null ? "" : text.Length > 160 ? text[..160] + "…" : text;

    [Fact]
    public async Task FirstVisit_TransferredBytes()
    {
        if (BaseUrl is null)
            return;
        var context = await ContextAsync(null);
        var page = await context.NewPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, r) => responses.Add(r);
        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await WaitReadyAsync(page, "[data-testid=timeline] .item-hook");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        long total = 0;
        foreach (var response in responses)
        {
            var sizes = await response.Request.SizesAsync();
            var bytes = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            total += bytes;
            output.WriteLine(
                $"weight {bytes,9:N0} {response.Headers.GetValueOrDefault("content-encoding", "-"),-4} " +
                $"{response.Url.Replace(BaseUrl!, "/", StringComparison.Ordinal)}");
        }
        output.WriteLine(
            $"weight total {total:N0} bytes in {responses.Count}" +
            $" responses (compressed as sent, headers included; the circuit's WebSocket frames not counted)");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Timeline_TimeToUsable()
    {
        if (BaseUrl is null)
            return;
        var times = new List<long>();
        for (var run = 0; run < 5; run++)
        {
            var context = await ContextAsync(null);
            var page = await context.NewPageAsync();
            var clock = Stopwatch.StartNew();
            await page.GotoAsync("/timeline");
            // Usable: the circuit is up (the filters work) and trips are drawn.
            await page.Locator("[data-interactive=true]")
                .WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
            await page.Locator("[data-testid=timeline] .item-hook").First.WaitForAsync(new() { Timeout = 60_000 });
            clock.Stop();
            times.Add(clock.ElapsedMilliseconds);
            await context.CloseAsync();
        }
        times.Sort();
        output.WriteLine(
            $"usable /timeline (default window, seed data), 5 fresh visits: median {times[2]} ms, min " +
            $"{times[0]} ms, max {times[4]} ms");
    }

    [Fact]
    public async Task Memory_PerCircuit_PerPage()
    {
        if (BaseUrl is null)
            return;
        var pid = int.Parse(
            Environment.GetEnvironmentVariable("TRAVELRISK_MEASURE_PID")!,
            CultureInfo.InvariantCulture);
        var tabs = int.Parse(
            Environment.GetEnvironmentVariable("TRAVELRISK_MEASURE_TABS") ?? "20",
            CultureInfo.InvariantCulture);
        foreach (var role in Pages.Select(p => p.Role).Distinct())
        {
            var context = await ContextAsync(role);
            foreach (var (path, ready, _) in Pages.Where(p => p.Role == role
                && !p.Path.StartsWith("/account", StringComparison.Ordinal)
                && p.Path.Contains(OnlyPages, StringComparison.Ordinal)))
            {
                var warm = await context.NewPageAsync(); // JIT and caches, so they are not counted per circuit
                await warm.GotoAsync(path);
                await WaitReadyAsync(warm, ready);
                var (heap0, rss0) = (await HeapAsync(pid, $"{path}-before"), Rss(pid));
                var pages = new List<IPage>();
                for (var i = 0; i < tabs; i++)
                {
                    var page = await context.NewPageAsync();
                    await page.GotoAsync(path);
                    await WaitReadyAsync(page, ready);
                    pages.Add(page);
                }
                // the last page's scripts and reads are in (the circuit's socket does not count)
                await pages[^1].WaitForLoadStateAsync(LoadState.NetworkIdle);
                var (heap1, rss1) = (await HeapAsync(pid, $"{path}-after"), Rss(pid));
                output.WriteLine(
                    $"memory {path,-66} per circuit: " +
                    $"{(heap1 - heap0) / tabs / 1024.0,7:F0} KB managed heap after full GC, " +
                    $"{(rss1 - rss0) / tabs / 1024.0,7:F0} KB RSS ({tabs} tabs)");
                foreach (var page in pages.Append(warm))
                    await page.CloseAsync(new() { RunBeforeUnload = true });
            }
            await context.CloseAsync();
        }
    }

    static long Rss(int pid) =>
        long.Parse(
            File.ReadLines($"/proc/{pid}/status")
                .First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture) * 1024;

    // dotnet-gcdump induces a full, blocking GC and reports the total size of the objects still alive.
    // TRAVELRISK_MEASURE_PAGES: only the pages whose path contains it. TRAVELRISK_GCDUMP_REPORTS: a folder where each
    // dump's type report is kept, so the types a circuit holds can be compared (what grew between before and after).
    static readonly string OnlyPages = Environment.GetEnvironmentVariable("TRAVELRISK_MEASURE_PAGES") ?? "";
    static readonly string? Reports = Environment.GetEnvironmentVariable("TRAVELRISK_GCDUMP_REPORTS");

    static async Task<long> HeapAsync(int pid, string name)
    {
        var tool = Environment.GetEnvironmentVariable("TRAVELRISK_GCDUMP") ?? "dotnet-gcdump";
        var file = Path.Combine(Path.GetTempPath(), $"ui-{Guid.NewGuid():N}.gcdump");
        await RunAsync(tool, $"collect -p {pid} -o {file}");
        var report = await RunAsync(tool, $"report {file}");
        if (Reports is not null)
            await File.WriteAllTextAsync(
                Path.Combine(Reports, Regex.Replace(name, "[^A-Za-z0-9-]+", "_") + ".txt"),
                report);
        File.Delete(file);
        var total = TotalLine().Match(report);
        return total.Success
            ? long.Parse(total.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
            : throw new InvalidOperationException(
                "No total in dotnet-gcdump's report:\n" + report[..Math.Min(report.Length, 2000)]);
    }

    static async Task<string> RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true
        })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text;
    }

    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap bytes", RegexOptions.Multiline)]
    private static partial Regex TotalLine();
}
