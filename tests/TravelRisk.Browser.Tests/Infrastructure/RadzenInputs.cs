using Microsoft.Playwright;

namespace TravelRisk.Browser.Tests.Infrastructure;

/// <summary>Drives Radzen's inputs as a person does: open, type to filter, pick; type a date and leave the field.</summary>
public static class RadzenInputs
{
    /// <summary>Picks the option containing <paramref name="option"/> in the drop-down of the form field <paramref name="field"/>, searching for <paramref name="search"/>.</summary>
    public static async Task ChooseAsync(this IPage page, string field, string search, string option)
    {
        var popup = await OpenAsync(page, field);
        await popup.Locator("input.rz-dropdown-filter, .rz-dropdown-filter-container input").First.FillAsync(search);
        await popup.Locator(".rz-dropdown-item").Filter(new() { HasText = option }).First.ClickAsync();
        await Assertions.Expect(page.Locator($"[data-field='{field}'] .rz-dropdown-label").First).ToContainTextAsync(option);
    }

    /// <summary>Picks <paramref name="option"/> in a drop-down without a filter.</summary>
    public static async Task SelectAsync(this IPage page, string field, string option)
    {
        var popup = await OpenAsync(page, field);
        await popup.Locator(".rz-dropdown-item").Filter(new() { HasText = option }).First.ClickAsync();
        await Assertions.Expect(page.Locator($"[data-field='{field}'] .rz-dropdown-label").First).ToContainTextAsync(option);
    }

    // Radzen moves an open drop-down's list to the end of <body> as "popup-{name}"; the form names each input after
    // its field (FormField.Id), so the list of this field, not a neighbour's closing one, is the one used.
    static async Task<ILocator> OpenAsync(IPage page, string field)
    {
        var popup = page.Locator($"#popup-{TravelRisk.Web.Components.Forms.FormField.Id(field)}");
        await page.Locator($"[data-field='{field}'] .rz-dropdown").First.ClickAsync();
        await Assertions.Expect(popup).ToBeVisibleAsync();
        return popup;
    }

    /// <summary>Types a yyyy-MM-dd date into the date picker of <paramref name="field"/> and leaves the field, as a keyboard user does.</summary>
    public static async Task TypeDateAsync(this IPage page, string field, string day)
    {
        var input = page.Locator($"[data-field='{field}'] input").First;
        await input.FillAsync(day);
        await input.PressAsync("Tab");
    }

    /// <summary>Types into the text box or area of <paramref name="field"/>.</summary>
    public static Task FillFieldAsync(this IPage page, string field, string text) =>
        page.Locator($"[data-field='{field}'] input, [data-field='{field}'] textarea").First.FillAsync(text);

    /// <summary>Fills the four parts of a source; <paramref name="prefix"/> is its API name, e.g. "sources[0]" or "source".</summary>
    public static async Task FillSourceAsync(this IPage page, string prefix, string url, string outlet, string publishedOn, string quote)
    {
        await page.FillFieldAsync($"{prefix}.url", url);
        await page.FillFieldAsync($"{prefix}.outlet", outlet);
        await page.TypeDateAsync($"{prefix}.publishedOn", publishedOn);
        await page.FillFieldAsync($"{prefix}.quote", quote);
    }
}
