using System.Text.RegularExpressions;

namespace TravelRisk.Web.Data.Seeding;

/// <summary>Checks on natural keys: well formed, unique within a file, and pointing at a row that exists.</summary>
sealed partial class SeedKeys(string folder)
{
    public void Unique(IEnumerable<(string Key, string File, string Column)> keys)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, file, column) in keys)
        {
            if (!seen.Add(key))
                throw new SeedDataException($"{file}, column '{column}': '{key}' appears more than once (in " +
                    $"{folder}).");
        }
    }

    public static void MustExist(HashSet<string> keys, string key, CsvRow row, string column, string target)
    {
        if (!keys.Contains(key))
            throw row.Error(column, $"'{key}' is not in {target}");
    }

    public static void MustExist(
        HashSet<string> keys,
        string key,
        string file,
        string rowKey,
        string column,
        string target)
    {
        if (!keys.Contains(key))
            throw new SeedDataException($"{file}, row '{rowKey}', column '{column}': '{key}' is not in {target}");
    }

    public static string Slug(CsvRow row, string column)
    {
        var slug = row.Required(column);
        return SlugPattern().IsMatch(slug)
            ? slug
            : throw row.Error(column, $"'{slug}' is not a slug (lower-case ASCII letters, digits and single hyphens)");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
