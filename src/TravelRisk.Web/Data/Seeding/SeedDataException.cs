namespace TravelRisk.Web.Data.Seeding;

/// <summary>data/ cannot be read or is inconsistent. The message names the file, line and column.</summary>
public sealed class SeedDataException(string message) : Exception(message)
{
    public static SeedDataException At(string file, long line, string column, string problem) =>
        new($"{file}, line {line}, column '{column}': {problem}");
}
