using CsvHelper;

namespace TravelRisk.Web.Data.Seeding;

/// <summary>
/// Reads a seed CSV file (RFC 4180, via CsvHelper) whose header must be exactly the expected columns, in order.
/// </summary>
public static class CsvFile
{
    static readonly CsvReaderOptions Options = new()
    {
        HasHeader = true,
        TrackLineNumbers = true,
        AllowLineBreaksInQuotes = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        // A row with too few or too many fields is reported by ReadRows with its line; CsvHelper
        // would skip or throw without it.
        FieldCountMismatch = CsvFieldCountHandling.Allow,
    };

    public static List<T> Read<T>(string folder, string fileName, string[] columns, Func<CsvRow, T> map)
    {
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
            throw new SeedDataException($"{fileName}: the file is missing from the data folder '{folder}'.");

        using var csv = CsvReader.FromFile(path, Options);
        var rows = new List<T>();
        try
        {
            csv.ReadHeader();
            CheckHeader(fileName, csv.Headers, columns);
            while (csv.Read())
            {
                if (csv.FieldCount != columns.Length)
                    throw SeedDataException.At(
                        fileName,
                        csv.LineNumber,
                        csv.FieldCount > columns.Length ? $"#{columns.Length + 1}" : columns[csv.FieldCount],
                        $"the row has {csv.FieldCount} fields; the header has {columns.Length}");
                var cells = new Dictionary<string, string>(columns.Length);
                for (var i = 0; i < columns.Length; i++)
                    cells[columns[i]] = csv.GetString(i);
                rows.Add(map(new CsvRow(fileName, csv.LineNumber, cells)));
            }
        }
        catch (CsvFormatException e)
        {
            var column = e.FieldIndex >= 0 && e.FieldIndex < columns.Length ? columns[e.FieldIndex] : "?";
            throw SeedDataException.At(fileName, e.LineNumber, column, $"malformed CSV ({e.Message})");
        }
        return rows;
    }

    static void CheckHeader(string fileName, IReadOnlyList<string>? header, string[] columns)
    {
        if (header is null || header.Count == 0)
            throw new SeedDataException($"{fileName}: the file is empty; expected the header " +
                $"'{string.Join(',', columns)}'.");
        for (var i = 0; i < Math.Max(header.Count, columns.Length); i++)
        {
            if (i >= header.Count || i >= columns.Length || header[i] != columns[i])
                throw SeedDataException.At(fileName, 1, i < header.Count ? header[i] : $"#{i + 1}",
                    $"the header must be '{string.Join(',', columns)}'");
        }
    }
}
