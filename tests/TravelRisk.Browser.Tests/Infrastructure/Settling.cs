using Microsoft.Playwright;

namespace TravelRisk.Browser.Tests.Infrastructure;

/// <summary>
/// Waits for a page to stop changing, instead of sleeping a guessed number of milliseconds: charts animate on a
/// canvas and themes fade through CSS transitions, and neither takes the same time on every machine.
/// </summary>
public static class Settling
{
    /// <summary>
    /// Finite CSS animations and transitions (the theme's fade) have finished and the fonts are in. Endless ones
    /// (a spinner) never finish, so they are not waited for.
    /// </summary>
    public static Task AnimationsDoneAsync(IPage page) =>
        page.WaitForFunctionAsync(
            """
            () => document.fonts.status === "loaded"
              && document.getAnimations().every(a =>
                   a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity)
            """,
            null, new() { PollingInterval = 50, Timeout = 15_000 });

    /// <summary>
    /// A screenshot taken once two in a row are identical (a chart's canvas animation shows in pixels only), then
    /// written to <paramref name="path"/>. Fails after 15 seconds of change rather than saving a half-drawn picture.
    /// </summary>
    public static async Task StillScreenshotAsync(IPage page, string path, PageScreenshotOptions? options = null)
    {
        await AnimationsDoneAsync(page);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var shot = options is null ? new PageScreenshotOptions() : new PageScreenshotOptions(options);
        shot.Path = null;
        var previous = await page.ScreenshotAsync(shot);
        while (true)
        {
            // two frames later
            await page.EvaluateAsync(
                "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
            var current = await page.ScreenshotAsync(shot);
            if (current.AsSpan().SequenceEqual(previous))
            {
                await File.WriteAllBytesAsync(path, current);
                return;
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{page.Url} kept changing for 15 s, so no screenshot was saved to {path}.");
            previous = current;
        }
    }
}
