using System.Globalization;

namespace TravelRisk.Web.Data.Seeding;

/// <summary>One data row of a seed CSV file, with typed getters whose errors name file, line and column.</summary>
public sealed class CsvRow(string file, long line, IReadOnlyDictionary<string, string> cells)
{
    public string File => file;
    public long Line => line;

    public SeedDataException Error(string column, string problem) => SeedDataException.At(file, line, column, problem);

    public string? Text(string column)
    {
        var value = cells[column].Trim();
        return value.Length == 0 ? null : value;
    }

    public string Required(string column) => Text(column) ?? throw Error(column, "a value is required");

    public DateOnly? Date(string column)
    {
        var text = Text(column);
        if (text is null)
            return null;
        return DateOnly.TryParseExact(
            text,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var date)
            ? date
            : throw Error(column, $"'{text}' is not a date in the form yyyy-MM-dd");
    }


    public TEnum? Enum<TEnum>(string column) where TEnum : struct, Enum
    {
        var text = Text(column);
        if (text is null)
            return null;
        return System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value)
            && System.Enum.IsDefined(value)
            && !char.IsDigit(text[0])
            ? value
            : throw Error(column, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
    }

    public TEnum RequiredEnum<TEnum>(string column) where TEnum : struct, Enum =>
        Enum<TEnum>(column) ?? throw Error(column, "a value is required");

    public bool Bool(string column) => Text(column) switch
    {
        null or "false" => false,
        "true" => true,
        var other => throw Error(column, $"'{other}' is not true or false"),
    };

    public string? Url(string column)
    {
        var text = Text(column);
        if (text is null)
            return null;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? text
            : throw Error(column, $"'{text}' is not an http(s) URL");
    }

    public string RequiredUrl(string column) => Url(column) ?? throw Error(column, "a source URL is required");

    public List<string> Codes(string column, int length)
    {
        var codes = (Text(column) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var code in codes)
        {
            if (code.Length != length || !code.All(char.IsAsciiLetterUpper))
                throw Error(column, $"'{code}' is not a {length}-letter upper-case code");
        }
        return codes;
    }

    public string Iso3(string column) => Codes(column, 3) switch
    {
        [var one] => one,
        _ => throw Error(column, "exactly one ISO 3166-1 alpha-3 code is required"),
    };

    public string? OptionalIso3(string column) => Text(column) is null ? null : Iso3(column);
}
