using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// The analyst's work end to end in a real browser: enter a trip with a source, see its flag, record its
/// cancellation, see the history.
/// </summary>
[Trait("Category", "Browser")]
public class AnalystFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Analyst_EntersTripWithSource_SeesFlag_RecordsCancellation_SeesHistory()
    {
        var page = await app.SignedInAsync("analyst.flow@example.org", "Analyst", "/trips/new");

        await page.ChooseAsync("leader", "Putin", "Vladimir Putin");
        await page.ChooseAsync("host", "Mongol", "Mongolia");
        await Assertions.Expect(page.GetByTestId("live-assessment"))
            .ToContainTextAsync("dates", new() { IgnoreCase = true });
        await page.TypeDateAsync("startDate", "2026-12-14");
        await page.TypeDateAsync("endDate", "2026-12-15");
        await page.SelectAsync("status", "Planned");

        // The assessment follows the fields: Mongolia is a State Party, so it must arrest.
        await Assertions.Expect(page.GetByTestId("live-assessment"))
            .ToHaveAttributeAsync("data-obligation", "ArrestRequired");

        // Saving without a complete source is refused, with the messages beside the fields, and nothing is written.
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.Locator("[data-error-for='sources[0].url']"))
            .ToContainTextAsync("URL is required");
        await Assertions.Expect(page.Locator("[data-error-for='sources[0].quote']")).ToBeVisibleAsync();
        page.Url.Should().EndWith("/trips/new");

        await page.FillSourceAsync("sources[0]", "https://example.org/putin-ulaanbaatar", "Example News", "2026-11-23",
            "The Kremlin said Putin would visit Ulaanbaatar in December.");
        await page.GetByTestId("save").ClickAsync();

        await page.ArrivesAtAsync(new Regex("/trips/\\d+$"));
        await Assertions.Expect(page.Locator("section.assessment"))
            .ToHaveAttributeAsync("data-obligation", "ArrestRequired");
        await Assertions.Expect(page.Locator("[data-review]").First).ToHaveAttributeAsync("data-review", "Unverified");

        await page.GetByTestId("record-cancellation").ClickAsync();
        // Nothing is preselected: saving before saying what happened is refused, beside the choice.
        await Assertions.Expect(page.GetByRole(AriaRole.Radio)).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("input[type=radio]:checked")).ToHaveCountAsync(0);
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.Locator("[data-error-for=status]")).ToContainTextAsync("Choose what happened");
        await page.GetByText("Virtual attendance: took part by video").ClickAsync();
        await page.FillFieldAsync("reason", "The Kremlin said he would join by video.");
        await page.FillSourceAsync(
            "source",
            "https://news.example.net/putin-video",
            "Another Outlet",
            "2026-12-10",
            "Putin will take part by video link.");
        await page.GetByTestId("save").ClickAsync();

        await page.ArrivesAtAsync(new Regex("/trips/\\d+$"));
        await Assertions.Expect(page.Locator(".trip-status")).ToHaveTextAsync("Virtual");
        var history = page.GetByTestId("revisions");
        await Assertions.Expect(history.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(history.Locator("tr[data-revision='2']"))
            .ToContainTextAsync("analyst.flow@example.org");
        await Assertions.Expect(history.Locator("tr[data-revision='2']"))
            .ToContainTextAsync("Virtual: The Kremlin said he would join by video.");
        await Assertions.Expect(history.Locator("tr[data-revision='2']"))
            .ToContainTextAsync("Status: Planned → Virtual");
        // Two sources from different outlets on different sites: corroborated.
        await Assertions.Expect(page.Locator("[data-review]").First)
            .ToHaveAttributeAsync("data-review", "Corroborated");
    }

    [Fact]
    public async Task LeavingAFormWithUnsavedInput_AsksFirst_AndKeepsTheInputWhenTheAnalystStays()
    {
        var page = await app.SignedInAsync("analyst.leaving@example.org", "Analyst", "/trips/new");
        // The lock is armed in the browser a moment after the form is drawn; the page marks when it is.
        await page.GetByTestId("unsaved-guard").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.FillFieldAsync("notes", "Half-written note");
        var answers = new Queue<bool>([false, true]);
        var asked = new List<string>();
        var dismissed = new TaskCompletionSource();
        page.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Message);
            if (answers.Dequeue()) await dialog.AcceptAsync();
            else
            {
                await dialog.DismissAsync();
                dismissed.TrySetResult();
            }
        };

        await page.GetByRole(AriaRole.Link, new() { Name = "Leaders" }).First.ClickAsync();
        await dismissed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New trip", Level = 1 }))
            .ToBeVisibleAsync();
        page.Url.Should().EndWith("/trips/new");
        await Assertions.Expect(page.Locator("#notes")).ToHaveValueAsync("Half-written note");

        await page.GetByRole(AriaRole.Link, new() { Name = "Leaders" }).First.ClickAsync();
        await page.ArrivesAtAsync("/leaders");
        asked.Should().HaveCount(2).And.AllSatisfy(m => m.Should().Contain("not been saved"));
    }

    [Fact]
    public async Task UnreadableDate_IsNamedBesideTheField_AndBlocksSaving_NeverBecomesUnknown()
    {
        var page = await app.SignedInAsync("analyst.dates@example.org", "Analyst", "/trips/new");
        await page.ChooseAsync("leader", "Putin", "Vladimir Putin");
        await page.ChooseAsync("host", "Mongol", "Mongolia");
        await page.FillSourceAsync(
            "sources[0]",
            "https://example.org/dates",
            "Example News",
            "2026-11-23",
            "He will visit.");

        await page.TypeDateAsync("startDate", "14/12/2026");

        await Assertions.Expect(page.Locator("[data-error-for=startDate]"))
            .ToContainTextAsync("“14/12/2026” is not a date written yyyy-MM-dd");
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-errors"))
            .ToContainTextAsync("1 date could not be read (“14/12/2026”)");
        page.Url.Should().EndWith("/trips/new");

        await page.TypeDateAsync("startDate", "2026-12-14");
        await Assertions.Expect(page.Locator("[data-error-for=startDate]")).ToHaveCountAsync(0);
        await page.GetByTestId("save").ClickAsync();
        await page.ArrivesAtAsync(new Regex("/trips/\\d+$"));
    }
}
