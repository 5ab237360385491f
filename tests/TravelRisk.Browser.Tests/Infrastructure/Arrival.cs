using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TravelRisk.Browser.Tests.Infrastructure;

/// <summary>
/// Waits until a page's address is the one expected, by polling it. <c>WaitForURLAsync</c> reads the address
/// and then waits for a navigation event: a Blazor in-page navigation (or a quick redirect) that completes
/// between the two is missed, and the wait times out although the page is there (CI, 2026-12-07, on a loaded
/// machine). The assertion reads the address until it matches, so it cannot miss.
/// </summary>
public static class Arrival
{
    /// <summary>The page's address ends with <paramref name="ending"/>, e.g. "/trips?sort=leader".</summary>
    public static Task ArrivesAtAsync(this IPage page, string ending) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(ending) + "$"));

    /// <summary>The page's address matches <paramref name="address"/>.</summary>
    public static Task ArrivesAtAsync(this IPage page, Regex address) =>
        Assertions.Expect(page).ToHaveURLAsync(address);

    /// <summary>The page's address no longer contains <paramref name="part"/>.</summary>
    public static Task LeavesAsync(this IPage page, string part) =>
        Assertions.Expect(page).Not.ToHaveURLAsync(new Regex(Regex.Escape(part)));
}
