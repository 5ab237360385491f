using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// Two people on one trip: the second save is refused with the first one's change shown, and an Editor's review
/// actions.
/// </summary>
[Trait("Category", "Browser")]
public class EditingConflictTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    async Task<int> CreateTripAsync(string day, params SourceRequest[] sources)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var request = new TripRequest(
            "vladimir-putin",
            "KAZ",
            null,
            date,
            date,
            TripStatus.Planned,
            null,
            Confidence.Medium,
            "Expected.",
            [],
            sources.Length > 0
                ? sources
                : [new("https://example.org/a", "Example News", date.AddDays(-5), "He is expected.")]);
        var result = await app.Services.GetRequiredService<TripWriter>()
            .CreateAsync(request, "seed@example.org", CancellationToken.None);
        return result.Trip!.Id;
    }

    [Fact]
    public async Task SecondSave_IsRefusedWithTheOthersChange_KeepsTheTyping_ThenSavesOverOnRequest()
    {
        var id = await CreateTripAsync("2027-01-10");
        var first = await app.SignedInAsync("first@example.org", "Analyst", $"/trips/{id}/edit");
        var second = await app.SignedInAsync("second@example.org", "Analyst", $"/trips/{id}/edit");

        await first.FillFieldAsync("notes", "Confirmed by the host's foreign ministry.");
        await first.GetByTestId("save").ClickAsync();
        await first.ArrivesAtAsync(new Regex($"/trips/{id}$"));

        await second.FillFieldAsync("notes", "Denied by the Kremlin.");
        await second.GetByTestId("save").ClickAsync();

        var conflict = second.GetByTestId("conflict");
        await Assertions.Expect(conflict).ToContainTextAsync("Revision 2 by first@example.org");
        await Assertions.Expect(conflict)
            .ToContainTextAsync("Notes: Expected. → Confirmed by the host's foreign ministry.");
        await Assertions.Expect(second.Locator("#notes")).ToHaveValueAsync("Denied by the Kremlin.");
        second.Url.Should().EndWith($"/trips/{id}/edit");

        await second.GetByTestId("keep-mine").ClickAsync();
        await second.ArrivesAtAsync(new Regex($"/trips/{id}$"));
        var history = second.GetByTestId("revisions");
        await Assertions.Expect(history.Locator("tr[data-revision='3']")).ToContainTextAsync("second@example.org");
        await Assertions.Expect(history.Locator("tr[data-revision='3']"))
            .ToContainTextAsync("Notes: Confirmed by the host's foreign ministry. → Denied by the Kremlin.");
        await Assertions.Expect(history.Locator("tr[data-revision='2']")).ToContainTextAsync("first@example.org");
    }

    [Fact]
    public async Task Editor_VerifiesCorroboratedTrip_RestoresAnEarlierRevision_Retracts()
    {
        var id = await CreateTripAsync("2027-02-10",
            new("https://example.org/b", "Example News", new(2027, 2, 1), "He is expected."),
            new("https://news.example.net/c", "Other News", new(2027, 2, 2), "The visit is confirmed."));
        var writer = app.Services.GetRequiredService<TripWriter>();
        await writer.CancelAsync(
            id,
            1,
            new CancellationRequest(
                "Called off",
                new("https://third.example.com/d", "Third", new(2027, 2, 5), "Trip off."),
                null),
            "analyst@example.org",
            CancellationToken.None);

        var page = await app.SignedInAsync("editor@example.org", "Editor", $"/trips/{id}");
        await page.GetByTestId("verify").ClickAsync();
        await Assertions.Expect(page.Locator("[data-review]").First).ToHaveAttributeAsync("data-review", "Verified");

        await page.GetByTestId("restore-1").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep as is" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("revisions").Locator("tbody tr")).ToHaveCountAsync(3);
        await page.GetByTestId("restore-1").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("revisions").Locator("tr[data-revision='4']"))
            .ToContainTextAsync("Restored revision 1");
        await Assertions.Expect(page.Locator(".trip-status")).ToHaveTextAsync("Planned");
        await Assertions.Expect(page.Locator("[data-review]").First)
            .ToHaveAttributeAsync("data-review", "Corroborated");

        await page.GetByTestId("retract").ClickAsync();
        await page.GetByTestId("confirm-retract").ClickAsync();
        await Assertions.Expect(page.Locator("[data-error-for=reason]")).ToContainTextAsync("Say why");
        await page.FillFieldAsync("reason", "Duplicate of another record");
        await page.GetByTestId("confirm-retract").ClickAsync();
        await Assertions.Expect(page.GetByTestId("retracted")).ToContainTextAsync("Duplicate of another record");
        await Assertions.Expect(page.GetByTestId("revisions").Locator("tbody tr")).ToHaveCountAsync(5);
    }

    [Fact]
    public async Task Viewer_SeesNoEditingActions_AndIsToldTheEditFormIsNotForThem()
    {
        var id = await CreateTripAsync("2027-03-10");
        var page = await app.SignedInAsync("viewer@example.org", "Viewer", $"/trips/{id}");

        await Assertions.Expect(page.GetByTestId("trip-actions").Locator("button")).ToHaveCountAsync(0);
        await page.GotoAsync($"/trips/{id}/edit");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
    }
}
