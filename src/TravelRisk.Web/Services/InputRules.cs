using System.Text;
using TravelRisk.Domain.Common;

namespace TravelRisk.Web.Services;

/// <summary>
/// The rules every value from outside meets before it is stored, for the API and the forms alike: text trimmed,
/// capped and free of control characters (tabs and line breaks only in multi-line fields), dates in 1900–2100,
/// URLs http(s), lists bounded. Whatever passes can be written into every page, feed and export.
/// </summary>
public static class InputRules
{
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);
    public const int MaxLegs = 50;
    public const int MaxSources = 50;

    /// <summary>
    /// A date in <see cref="EarliestDate"/>..<see cref="LatestDate"/>; returned as given, with an error when outside.
    /// </summary>
    public static DateOnly? Date(DateOnly? day, string field, List<FieldError> errors)
    {
        if (day is { } d && !IsInRange(d))
            errors.Add(new(field, $"The date must be between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}."));
        return day;
    }

    public static bool IsInRange(DateOnly day) => day >= EarliestDate && day <= LatestDate;

    /// <summary>
    /// Trimmed text, or null when blank; an error when longer than <paramref name="max"/> or holding a character no
    /// page or feed can carry.
    /// </summary>
    public static string? Text(string? text, string field, int max, List<FieldError> errors, bool multiLine = false)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var trimmed = text.Trim();
        if (trimmed.Length > max)
            errors.Add(new(field, $"At most {max} characters ({trimmed.Length} given)."));
        else if (Forbidden(trimmed, multiLine) is { } why)
            errors.Add(new(field, why));
        return trimmed;
    }

    /// <summary>Like <see cref="Text"/>, with <paramref name="missing"/> as the error when blank; never null.</summary>
    public static string Required(
        string? text,
        string field,
        int max,
        string missing,
        List<FieldError> errors,
        bool multiLine = false)
    {
        if (Text(text, field, max, errors, multiLine) is { } value)
            return value;
        errors.Add(new(field, missing));
        return "";
    }

    /// <summary>
    /// An absolute http or https URL, trimmed; null when blank (an error if <paramref name="required"/>).
    /// </summary>
    public static string? Url(string? url, string field, int max, List<FieldError> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            if (required)
                errors.Add(new(field, "A URL is required (http or https)."));
            return null;
        }
        var text = url.Trim();
        if (text.Length > max)
            errors.Add(new(field, $"The URL is longer than {max} characters."));
        else if (text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)) || !IsHttpUrl(text))
            errors.Add(new(field, $"'{Printable(text)}' is not an http or https URL."));
        return text;
    }

    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host);

    /// <summary>An error when a list is longer than <paramref name="max"/>.</summary>
    public static bool TooMany<T>(IReadOnlyCollection<T>? items, string field, int max, List<FieldError> errors)
    {
        if (items is null || items.Count <= max)
            return false;
        errors.Add(new(field, $"At most {max} ({items.Count} given)."));
        return true;
    }

    /// <summary>
    /// Why the text cannot be stored, or null: control characters (NUL, escape, a carriage return alone…) break
    /// XML feeds and terminals; unpaired surrogates and U+FFFE/U+FFFF cannot be encoded. Direction marks, emoji and
    /// every script are fine.
    /// </summary>
    static string? Forbidden(string text, bool multiLine)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                return "The text holds an invalid Unicode character.";
            if (multiLine && (c is '\t' or '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')))
                continue;
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
                return multiLine
                    ? $"Control character U+{(int)c:X4} is not allowed (only tabs and line breaks)."
                    : $"Control character U+{(int)c:X4} is not allowed here (this field is one line, without tabs).";
        }
        return null;
    }

    /// <summary>The text with control characters shown as U+XXXX, to quote it back in a message.</summary>
    static string Printable(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > 200 ? text[..200] : text)
            shown.Append(char.IsControl(c) ? $"U+{(int)c:X4}" : c);
        return shown.ToString();
    }
}
