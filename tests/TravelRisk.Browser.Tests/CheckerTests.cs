using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// The checker answers in the explainer's own words (the first sentence of /api/v1/risk/check's explanation), with
/// what it cites, its caveats, the data's date and a citation; the map shows the same answer beside a clicked State.
/// </summary>
[Trait("Category", "Browser")]
public class CheckerTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("MNG", "2024-09-03", "Mongolia was obliged to arrest and surrender Vladimir Putin")]
    [InlineData("KAZ", "2024-07-03", "Kazakhstan had no legal obligation to arrest Vladimir Putin")]
    public async Task Checker_AnswersWithTheApisSentence(string state, string date, string expected)
    {
        var api = await ApiCheckAsync("vladimir-putin", state, date);
        var page = await app.OpenAsync($"/check?person=vladimir-putin&state={state}&date={date}");

        var sentence = (await page.GetByTestId("verdict-sentence").InnerTextAsync()).Trim();

        sentence.Should().Contain(expected).And.StartWith("On ");
        api.GetProperty("explanation").GetString().Should().StartWith(
            sentence,
            "the page quotes the explainer's answer sentence, not a wording of its own");
        await Assertions.Expect(page.GetByTestId("verdict"))
            .ToHaveAttributeAsync("data-obligation", api.GetProperty("obligation").GetString()!);
        var basis = api.GetProperty("legalBasis").EnumerateArray().Select(b => b.GetString()!).ToList();
        foreach (var item in basis)
            await Assertions.Expect(page.GetByTestId("verdict-basis").Locator("li", new() { HasText = item }))
                .ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("verdict-as-of"))
            .ToHaveTextAsync(DateOnly
                .Parse(api.GetProperty("dataAsOf").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                .ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
        var permalink = await page.GetByTestId("permalink").GetAttributeAsync("href");
        permalink.Should()
            .Be(new Uri(app.BaseAddress, $"/check?person=vladimir-putin&state={state}&date={date}").ToString());
        await Assertions.Expect(page.GetByTestId("cite-text")).ToContainTextAsync(permalink!);
        await Assertions.Expect(page.GetByTestId("cite")).ToContainTextAsync("Data revision");
    }

    [Fact]
    public async Task Checker_Mongolia_NamesTheImmunityDisputeAsACaveat_AndKazakhstanHasNone()
    {
        var mongolia = await app.OpenAsync("/check?person=vladimir-putin&state=MNG&date=2024-09-03");
        var kazakhstan = await app.OpenAsync("/check?person=vladimir-putin&state=KAZ&date=2024-07-03");

        await Assertions.Expect(mongolia
                .GetByTestId("verdict-caveats")
                .Locator("li", new() { HasText = "Mongolia itself later argued" }))
            .ToHaveCountAsync(1);
        await Assertions.Expect(mongolia.Locator(".verdict .contested")).ToBeVisibleAsync();
        await Assertions.Expect(kazakhstan.GetByTestId("verdict-caveats")).ToContainTextAsync("None");
    }

    [Fact]
    public async Task Checker_ChoosingAStateAndADay_PutsThemInTheAddressAndAnswers()
    {
        var page = await app.OpenAsync("/check?person=vladimir-putin");
        await Assertions.Expect(page.GetByTestId("check-prompt")).ToContainTextAsync("a State");

        await page.ChooseAsync("state", "Mongol", "Mongolia");
        await page.TypeDateAsync("date", "2024-09-03");

        await Assertions.Expect(page)
            .ToHaveURLAsync(new System.Text.RegularExpressions.Regex(
                @"/check\?person=vladimir-putin&state=MNG&date=2024-09-03$"));
        await Assertions.Expect(page.GetByTestId("verdict-sentence"))
            .ToContainTextAsync("Mongolia was obliged to arrest and surrender Vladimir Putin");
    }

    [Fact]
    public async Task LeaderStateAndHomePages_LinkToTheCheckerPrefilled()
    {
        var leader = await app.OpenAsync("/leaders/vladimir-putin");
        var state = await app.OpenAsync("/states/MNG");
        var home = await app.OpenAsync("/");

        (await leader.GetByTestId("check-link").GetAttributeAsync("href")).Should().Be("/check?person=vladimir-putin");
        (await state.GetByTestId("check-link").GetAttributeAsync("href")).Should().Be("/check?state=MNG");
        (await home.GetByTestId("home-check-link").GetAttributeAsync("href")).Should().Be("/check");
        await Assertions.Expect(home.GetByTestId("nav-check")).ToHaveAttributeAsync("href", "/check");
    }

    [Fact]
    public async Task Map_ClickingAState_ShowsItsVerdictBesideTheMap_WithItsPageOneClickAway()
    {
        var page = await app.OpenAsync("/map?person=vladimir-putin&date=2024-09-03");
        var api = await ApiCheckAsync("vladimir-putin", "MNG", "2024-09-03");

        await page.Locator("path[data-iso3=MNG]").ClickAsync();

        var panel = page.GetByTestId("map-panel");
        await Assertions.Expect(panel.GetByTestId("verdict-sentence"))
            .ToContainTextAsync("Mongolia was obliged to arrest and surrender Vladimir Putin");
        api.GetProperty("explanation").GetString().Should()
            .StartWith((await panel.GetByTestId("verdict-sentence").InnerTextAsync()).Trim());
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/map\\?.*state=MNG"));
        await Assertions.Expect(page.Locator("path[data-iso3=MNG]")).ToHaveAttributeAsync("aria-pressed", "true");
        await panel.GetByTestId("verdict-state-link").ClickAsync();
        await page.ArrivesAtAsync("/states/MNG");
    }

    async Task<JsonElement> ApiCheckAsync(string person, string state, string date)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        return await http.GetFromJsonAsync<JsonElement>(
            $"/api/v1/risk/check?person={person}&state={state}&date={date}");
    }
}
