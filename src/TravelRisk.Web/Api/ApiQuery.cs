using System.Globalization;
using System.Text.RegularExpressions;

namespace TravelRisk.Web.Api;

/// <summary>
/// Parses query and route values by hand so a malformed one gets a 400 problem naming the parameter (model
/// binding's own failure names nothing useful). Collects every problem before answering.
/// </summary>
public sealed partial class ApiQuery
{
    readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    public IDictionary<string, string[]> Errors => _errors;

    // A rejected value is echoed so the client sees what was read, but never more than a short prefix: a problem
    // answer must not repeat kilobytes of whatever was sent.
    const int EchoedLength = 40;

    static string Quoted(string value) =>
        value.Length > EchoedLength ? $"'{value[..EchoedLength]}…' ({value.Length} characters)" : $"'{value}'";

    public void Add(string parameter, string message) =>
        _errors[parameter] = _errors.TryGetValue(parameter, out var existing) ? [.. existing, message] : [message];

    /// <summary>A yyyy-MM-dd date, or <paramref name="fallback"/> when the parameter is absent.</summary>
    public DateOnly Date(string name, string? value, DateOnly fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
            return fallback;
        if (DateOnly.TryParseExact(
            value,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var date))
            return date;
        Add(name, $"{Quoted(value)} is not a date in the form yyyy-MM-dd.");
        return fallback;
    }

    /// <summary>An ISO 3166-1 alpha-3 code, upper-cased (lower case is accepted).</summary>
    public string Iso3(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(name, "An ISO 3166-1 alpha-3 code is required, e.g. ZAF.");
            return "";
        }
        var code = value.Trim().ToUpperInvariant();
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
            Add(name, $"{Quoted(value)} is not an ISO 3166-1 alpha-3 code (three letters, e.g. ZAF).");
        return code;
    }

    /// <summary>A person's slug: lower-case ASCII letters, digits and hyphens.</summary>
    public string Slug(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(name, "A person's slug is required, e.g. vladimir-putin.");
            return "";
        }
        var slug = value.Trim().ToLowerInvariant();
        if (slug.Length > 100 || !SlugPattern().IsMatch(slug))
            Add(name, $"{Quoted(value)} is not a slug (lower-case letters, digits and hyphens, e.g. vladimir-putin).");
        return slug;
    }

    /// <summary>An enum value by name (case-insensitive); null when absent.</summary>
    public TEnum? Enum<TEnum>(string name, string? value) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (System.Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed)
            && System.Enum.IsDefined(parsed)
            && !char.IsDigit(value.Trim()[0]))
            return parsed;
        Add(name, $"{Quoted(value)} is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
        return null;
    }

    /// <summary>A whole number in [min, max], or <paramref name="fallback"/> when absent.</summary>
    public int Int(string name, string? value, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
            return fallback;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= min
            && number <= max)
            return number;
        Add(name, $"{Quoted(value)} is not a whole number from {min} to {max}.");
        return fallback;
    }

    /// <summary>true or false (case-insensitive); false when absent.</summary>
    public bool Bool(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return false;
        if (bool.TryParse(value.Trim(), out var parsed))
            return parsed;
        Add(name, $"{Quoted(value)} is not true or false.");
        return false;
    }

    /// <summary>
    /// Whether a comma-separated <c>include</c> list asks for <paramref name="part"/> (any case, spaces ignored);
    /// false when absent; empty words ("risk,") are skipped. A word that is not <paramref name="part"/> is an error,
    /// so a typo is not silently ignored.
    /// </summary>
    public bool Includes(string name, string? value, string part)
    {
        var words = (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (!word.Equals(part, StringComparison.OrdinalIgnoreCase))
            {
                Add(name, $"{Quoted(word)} cannot be included; the one part a list can include is '{part}'.");
                return false;
            }
        }
        return words.Length > 0;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
