using System.Text.Json;

namespace TravelRisk.Web.Api;

/// <summary>
/// How one query's fields are read: strings copied into stack buffers, days parsed, field names matched.
/// </summary>
public static partial class RiskBatchReader
{
    /// <summary>
    /// yyyy-MM-dd by hand, accepting exactly what <c>DateOnly.TryParseExact(value, "yyyy-MM-dd")</c> accepts of ten
    /// ASCII characters; anything else goes to the slow path, which uses TryParseExact itself.
    /// </summary>
    static bool TryParseDay(ReadOnlySpan<char> text, out DateOnly day)
    {
        day = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
            return false;
        var year = Digits(text[..4]);
        var month = Digits(text.Slice(5, 2));
        var dayOfMonth = Digits(text.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
            return false;
        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    /// <summary>The number written in ASCII digits, or -1.</summary>
    static int Digits(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /// <summary>
    /// Which field a property names: 'p', 's', 'd', or 0 for one the API does not read (names in any case).
    /// </summary>
    static char Field(ref Utf8JsonReader json)
    {
        if (json.ValueTextEquals("person"u8)) return 'p';
        if (json.ValueTextEquals("state"u8)) return 's';
        if (json.ValueTextEquals("date"u8)) return 'd';
        var name = json.GetString();
        return name?.ToLowerInvariant() switch { "person" => 'p', "state" => 's', "date" => 'd', _ => (char)0 };
    }

    /// <summary>
    /// A string value copied (unescaped) into <paramref name="into"/> when it fits; null counts as absent.
    /// </summary>
    static Value Read(ref Utf8JsonReader json, scoped Span<char> into, int index, string field, ApiQuery errors)
    {
        switch (json.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.String:
                var bytes = json.HasValueSequence ? json.ValueSequence.Length : json.ValueSpan.Length;
                if (bytes <= MaxFast)
                    return new Value(Present: true, Length: json.CopyString(into), Long: null);
                return new Value(Present: true, Length: 0, Long: json.GetString());
            default:
                errors.Add($"queries[{index}].{field}", "The value is not valid here (a string was expected, not " +
                    $"{Describe(json.TokenType)}).");
                json.Skip();
                return new Value(Present: false, Length: 0, Long: null) { Invalid = true };
        }
    }

    static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.String => "a string",
        _ => token.ToString(),
    };

    readonly record struct Value(bool Present, int Length, string? Long)
    {
        public bool Invalid { get; init; }

        public bool Absent => !Present;

        public bool Fast => Present && Long is null;

        public string? Text(ReadOnlySpan<char> copied) => !Present ? null : Long ?? new string(copied[..Length]);
    }
}
