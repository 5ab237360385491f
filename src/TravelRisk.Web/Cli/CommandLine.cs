using TravelRisk.Web.Data.Seeding;

namespace TravelRisk.Web.Cli;

/// <summary>
/// The app's one-off commands, run instead of the server when the first argument names one:
/// <c>data report [--output FILE] [--as-of yyyy-MM-dd] [--data FOLDER]</c>,
/// <c>data export --format ftm [--output FILE]</c>, <c>apikey create|revoke --name NAME</c>, <c>migrate</c>,
/// <c>backup --output FILE</c>.
/// dotnet run starts the app in the project's folder, so paths are best given absolute ("$PWD/docs/data.md").
/// </summary>
public static class CommandLine
{
    const string Usage = "usage: data report [--output FILE] [--as-of yyyy-MM-dd] [--data FOLDER] | data export " +
        "--format ftm [--output FILE]";

    /// <returns>The exit code, or null when the arguments name no command (start the server).</returns>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        try
        {
            return args switch
            {
                ["apikey", ..] => await ApiKeyCommands.RunAsync(args),
                ["migrate", ..] => await MigrateCommand.RunAsync(args),
                ["backup", ..] => await BackupCommand.RunAsync(args),
                ["user", ..] => await UserCommands.RunAsync(args),
                ["data", "export", ..] => await ExportCommand.RunAsync(args),
                ["data", ..] => await DataAsync(args),
                _ => null,
            };
        }
        catch (StartupException e)
        {
            await Console.Error.WriteLineAsync($"TravelRisk cannot start: {e.Message}");
            return 1;
        }
    }

    static async Task<int> DataAsync(string[] args)
    {
        if (args is not ["data", "report", ..])
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var options = Options(args[2..]);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var folder = options.GetValueOrDefault("--data") ?? Path.Combine(AppContext.BaseDirectory, "data");
        var asOf = options.TryGetValue("--as-of", out var day)
            ? DateOnly.ParseExact(day, "yyyy-MM-dd")
            : DateOnly.FromDateTime(DateTime.UtcNow);
        try
        {
            var report = DatasetReport.Write(SeedDataReader.Read(folder), asOf);
            if (options.TryGetValue("--output", out var output))
            {
                await File.WriteAllTextAsync(output, report);
                Console.WriteLine($"Wrote {Path.GetFullPath(output)}");
            }
            else
                Console.Write(report);
            return 0;
        }
        catch (SeedDataException e)
        {
            await Console.Error.WriteLineAsync($"The data is invalid: {e.Message}");
            return 1;
        }
        catch (IOException e)
        {
            // dotnet run starts the app in the project's folder: give absolute paths,
            // e.g. --output "$PWD/docs/data.md".
            await Console.Error.WriteLineAsync($"Cannot write the report: {e.Message} (relative paths are resolved " +
                $"from {Environment.CurrentDirectory}).");
            return 1;
        }
    }

    static Dictionary<string, string>? Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || args[i] is not ("--output" or "--as-of" or "--data"))
                return null;
            if (args[i] == "--as-of" && !DateOnly.TryParseExact(args[i + 1], "yyyy-MM-dd", out _))
                return null;
            options[args[i]] = args[i + 1];
        }
        return options;
    }
}
