namespace TravelRisk.Web.Services.Export;

/// <summary>
/// An entity's properties as FtM holds them: every property a list, empty values left out, no duplicates.
/// </summary>
sealed class FtmProperties
{
    readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public void Add(string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return;
        if (!_values.TryGetValue(property, out var list))
            _values[property] = list = [];
        if (!list.Contains(value))
            list.Add(value);
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ToDictionary() =>
        _values.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
}
