using Microsoft.Playwright;

namespace TravelRisk.Browser.Tests.Infrastructure;

/// <summary>
/// Drives the forms' inputs as a person does: type to search and pick; pick from a list; type a date and leave the
/// field.
/// </summary>
public static class FormInputs
{
    // Each input's id is derived from its field's API name (FormField.Id), e.g. "sources[0].url" → "sources-0-url".
    static ILocator Input(IPage page, string field) =>
        page.Locator($"#{TravelRisk.Web.Components.Forms.FormField.Id(field)}");

    /// <summary>
    /// Types <paramref name="search"/> into the picker of <paramref name="field"/> and takes the choice containing
    /// <paramref name="option"/>: in a form's box (a browser list) by leaving the field, as the search fits one
    /// name; in an autocomplete (the checker, the map) by clicking the option in its list.
    /// </summary>
    public static async Task ChooseAsync(this IPage page, string field, string search, string option)
    {
        var input = Input(page, field);
        await input.ClickAsync();
        await input.FillAsync(search);
        if (await input.GetAttributeAsync("list") is not null)
        {
            await input.PressAsync("Tab");
            await Assertions.Expect(Input(page, field))
                .ToHaveValueAsync(new System.Text.RegularExpressions.Regex(
                    System.Text.RegularExpressions.Regex.Escape(option)));
            return;
        }
        // MudBlazor renders an open list in its popover provider, away from the field: the open popover is this
        // field's. Pick only once the list shows the search's results, not the list from before it was typed.
        await page.WaitForFunctionAsync(
            "s => { const items = [...document.querySelectorAll('.mud-popover-open .mud-list-item')]; " +
            "return items.length > 0 && items.every(i => i.textContent.toLowerCase().includes(s)); }",
            search.ToLowerInvariant());
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        await Assertions.Expect(input)
            .ToHaveValueAsync(new System.Text.RegularExpressions.Regex(
                System.Text.RegularExpressions.Regex.Escape(option)));
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    /// <summary>Picks <paramref name="option"/> (its text) in the select of <paramref name="field"/>.</summary>
    public static async Task SelectAsync(this IPage page, string field, string option)
    {
        var select = page.Locator($"[data-field='{field}'] select");
        await select.SelectOptionAsync(new SelectOptionValue { Label = option });
        await Assertions.Expect(select.Locator("option:checked")).ToHaveTextAsync(option);
    }

    /// <summary>
    /// Types a date into the date field of <paramref name="field"/> and leaves the field, as a keyboard user does.
    /// </summary>
    public static async Task TypeDateAsync(this IPage page, string field, string day)
    {
        var input = Input(page, field);
        await input.FillAsync(day);
        await input.PressAsync("Tab");
    }

    /// <summary>Types into the text box or area of <paramref name="field"/>.</summary>
    public static Task FillFieldAsync(this IPage page, string field, string text) => Input(page, field).FillAsync(text);

    /// <summary>
    /// Fills the four parts of a source; <paramref name="prefix"/> is its API name, e.g. "sources[0]" or "source".
    /// </summary>
    public static async Task FillSourceAsync(
        this IPage page,
        string prefix,
        string url,
        string outlet,
        string publishedOn,
        string quote)
    {
        await page.FillFieldAsync($"{prefix}.url", url);
        await page.FillFieldAsync($"{prefix}.outlet", outlet);
        await page.TypeDateAsync($"{prefix}.publishedOn", publishedOn);
        await page.FillFieldAsync($"{prefix}.quote", quote);
    }
}
