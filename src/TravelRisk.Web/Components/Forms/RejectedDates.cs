namespace TravelRisk.Web.Components.Forms;

/// <summary>
/// The date fields of a form whose typed text was not a yyyy-MM-dd date, with that text. The date picker leaves
/// such a field empty; the form refuses to save until it is retyped, so an unreadable date never becomes "unknown".
/// </summary>
public sealed class RejectedDates
{
    readonly Dictionary<string, string> _typed = [];

    public void Reject(string field, string text) => _typed[field] = text;

    public void Accept(string field) => _typed.Remove(field);

    public string? TypedFor(string field) => _typed.GetValueOrDefault(field);

    /// <summary>The refusal a form shows at the top; each field says which text it could not read.</summary>
    public Dictionary<string, string[]> Errors()
    {
        var typed = string.Join(", ", _typed.Values.Select(v => $"“{v}”"));
        return new()
        {
            ["dates"] = [$"{_typed.Count} date{(_typed.Count == 1 ? "" : "s")} could not be read ({typed}): type them as yyyy-MM-dd."],
        };
    }

    public bool Any => _typed.Count > 0;

    /// <summary>
    /// Forgets the dates of the removed item <paramref name="index"/> of <paramref name="list"/> ("legs", "sources")
    /// and moves those of the items after it up one, as the form's rows move.
    /// </summary>
    public void RemoveItem(string list, int index)
    {
        var prefix = list + "[";
        foreach (var (field, text) in _typed.Where(t => t.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            var close = field.IndexOf(']', StringComparison.Ordinal);
            var item = int.Parse(field[prefix.Length..close], System.Globalization.CultureInfo.InvariantCulture);
            if (item < index)
                continue;
            _typed.Remove(field);
            if (item > index)
                _typed[$"{prefix}{item - 1}{field[close..]}"] = text;
        }
    }
}
