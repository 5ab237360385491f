using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Components;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Forms;

/// <summary>
/// What the browser-list pickers (FilterChoice in the filter bars, FormChoice in the forms) share: the datalist of
/// names, built once for every circuit, and how a typed text becomes a choice or a message saying why not.
/// </summary>
public static class ChoiceLookup
{
    // The datalists' HTML by the names they list: a few kinds of list (people, States, summits) shared by every
    // circuit, so a picker holds a reference, not its own 195 options.
    static readonly ConcurrentDictionary<string, MarkupString> Lists = new();

    public static MarkupString Options(IReadOnlyList<Choice> choices)
    {
        var names = string.Join('\n', choices.Select(c => c.Text));
        if (Lists.Count > 64)
            Lists.Clear(); // the lists change only with the data; never let old versions pile up
        return Lists.GetOrAdd(names, _ => new MarkupString(string.Concat(
            choices.Select(c => $"<option value=\"{WebUtility.HtmlEncode(c.Text)}\"></option>"))));
    }

    public static string TextOf(IReadOnlyList<Choice> choices, string? value) =>
        value is null ? "" : choices.FirstOrDefault(c => c.Value == value)?.Text ?? value;

    /// <summary>
    /// The choice <paramref name="text"/> names: a whole name or key (case and accents ignored), or a part only one
    /// name contains; otherwise null and the message to show, naming <paramref name="noun"/> ("State", "person").
    /// </summary>
    public static (Choice? Chosen, string? Problem) Resolve(IReadOnlyList<Choice> choices, string text, string noun)
    {
        var exact = choices.FirstOrDefault(c => ChoiceMatch.Same(c.Text, text)
            || string.Equals(c.Value, text, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
            return (exact, null);
        var partial = choices.Where(c => ChoiceMatch.Contains(c.Text, text)).Take(4).ToList();
        if (partial.Count == 1)
            return (partial[0], null);
        var fitting = string.Join(", ", partial.Take(3).Select(c => c.Text));
        // What was typed is repeated so the reader sees what was read, but only its start: a pasted page of text
        // must not come back whole.
        var typed = text.Length > 40 ? text[..40] + "…" : text;
        return (null, partial.Count == 0
            ? $"No {noun} called “{typed}”. Choose one from the list."
            : $"“{typed}” fits several: {fitting}{(partial.Count > 3 ? " and others" : "")}. "
              + "Choose one from the list.");
    }

    /// <summary>
    /// The choice whose name is exactly <paramref name="text"/>, as the browser fills it from the list.
    /// </summary>
    public static Choice? Picked(IReadOnlyList<Choice> choices, string text) =>
        choices.FirstOrDefault(c => c.Text == text);
}
