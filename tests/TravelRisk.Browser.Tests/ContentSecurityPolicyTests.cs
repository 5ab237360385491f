using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// The pages' Content-Security-Policy (script-src 'self', docs/deploy.md) in Chromium: every page still starts its
/// Blazor circuit, MudBlazor, the timeline, map and chart work, and the browser reports no refused script or style.
/// </summary>
[Trait("Category", "Browser")]
public class ContentSecurityPolicyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    static List<string> Violations(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("Refused to", StringComparison.Ordinal))
                violations.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => violations.Add($"{page.Url}: page error {error}");
        return violations;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/trips")]
    [InlineData("/map")]
    [InlineData("/leaders/vladimir-putin")]
    [InlineData("/states/ZAF")]
    [InlineData("/changes")]
    public async Task Page_UnderTheCsp_StartsItsCircuitWithNoViolation(string path)
    {
        var page = await app.Browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var violations = Violations(page);

        var response = await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 15_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        response!.Headers["content-security-policy"].Should().Contain("script-src 'self'");
        violations.Should().BeEmpty();
    }

    [Fact]
    public async Task TripEditor_UnderTheCsp_TypingWorksWithNoViolation()
    {
        var page = await app.SignedInAsync("csp-analyst@example.org", "Analyst", "/trips/new");
        var violations = Violations(page);

        await page.GetByLabel("Notes").First.FillAsync("Checked under the CSP.");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        (await page.GetByLabel("Notes").First.InputValueAsync()).Should().Be("Checked under the CSP.");
        violations.Should().BeEmpty();
    }
}
