using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// The obligation colours the pages actually draw (the legend's swatches, in both themes) stay at least ΔE 20 apart
/// under simulated deuteranopia and protanopia, and every class has a symbol of its own on the legend, the badges
/// and the timeline's trips, so colour is never the only cue.
/// </summary>
[Trait("Category", "Browser")]
public class ColourVisionTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    static readonly string[] Obligations =
    [
        "ArrestRequired",
        "SecurityCouncilObligation",
        "Article12_3Declaration",
        "NoTreatyObligation",
        "NotWanted",
        "Undetermined"
    ];

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Legend_ObligationColours_AreAtLeastDeltaE20ApartWithRedGreenColourBlindness(string theme)
    {
        var page = await app.OpenInViewAsync(
            "/map?person=vladimir-putin&date=2024-09-03",
            null,
            1280,
            theme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.Locator(".legend [data-obligation=ArrestRequired] .swatch").WaitForAsync();

        var colours = new Dictionary<string, (byte, byte, byte)>();
        foreach (var obligation in Obligations)
            colours[obligation] = ColourVision.Parse(await page
                .Locator($".legend [data-obligation={obligation}] .swatch")
                .EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));

        var pairs = from a in Obligations from b in Obligations where string.CompareOrdinal(a, b) < 0 select (a, b);
        foreach (var (name, simulation) in new[]
        {
            ("deuteranopia", ColourVision.Deuteranopia),
            ("protanopia", ColourVision.Protanopia),
            ("normal vision", ColourVision.Normal)
        })
        {
            foreach (var (a, b) in pairs)
                ColourVision.DeltaE(colours[a], colours[b], simulation).Should().BeGreaterThanOrEqualTo(
                    20,
                    $"{a} and {b} must be told apart with {name} ({theme} theme)");
        }
    }

    [Fact]
    public void DeltaE_OfTheOldArrestAndNoTreatyColours_UnderDeuteranopia_IsBelow20()
    {
        // The measurement of the palette before Okabe–Ito: #c62828 and #2e7d32, ΔE 16 with deuteranopia.
        var distance = ColourVision.DeltaE((0xc6, 0x28, 0x28), (0x2e, 0x7d, 0x32), ColourVision.Deuteranopia);

        distance.Should().BeInRange(10, 20, "the simulation reproduces the issue's finding, so it can fail");
    }

    [Fact]
    public async Task EveryObligation_HasItsOwnSymbol_OnTheLegendTheBadgesAndTheTimeline()
    {
        var map = await app.OpenAsync("/map?person=vladimir-putin&date=2024-09-03");
        var symbols = new List<string>();
        foreach (var obligation in Obligations)
            symbols.Add(await map
                .Locator($".legend [data-obligation={obligation}] .swatch")
                .EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"));

        symbols.Should().OnlyHaveUniqueItems().And.NotContain(s => s == "none" || s == "normal" || s == "\"\"");

        var timeline = await app.OpenAsync("/timeline?leaders=vladimir-putin&from=2023-06-01&to=2023-12-31");
        var trip = timeline.Locator(".vis-item.trip.obligation-ArrestRequired .item-hook").First;
        await Assertions.Expect(trip).ToBeVisibleAsync();
        (await trip.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"))
            .Should().StartWith(symbols[0]);
        var badge = (await app.OpenAsync("/leaders/vladimir-putin"))
            .Locator(".obligation-badge.obligation-ArrestRequired").First;
        (await badge.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"))
            .Should().StartWith(symbols[0]);
    }
}
