using Microsoft.Playwright;

namespace TravelRisk.Browser.Tests.Infrastructure;

/// <summary>The app's colours as the browser computes them, to compare with what a page draws.</summary>
public static class Palette
{
    /// <summary>The colour the app's palette gives an obligation, as the browser computes it (rgb(…)).</summary>
    public static Task<string> PaletteAsync(this IPage page, string obligation) => page.EvaluateAsync<string>(
        "o => { const e = document.createElement('span'); e.style.color = `var(--ob-${o})`; " +
        "document.body.appendChild(e); const c = getComputedStyle(e).color; e.remove(); return c; }",
        obligation);
}
