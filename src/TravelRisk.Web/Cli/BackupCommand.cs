using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Cli;

/// <summary>
/// <c>backup --output FILE</c>: a consistent copy of the SQLite database by SQLite's online backup API, taken while the
/// app keeps running and writing (WAL: the copy is one snapshot; writers are not stopped). Written beside FILE and
/// then moved over it, so a failed backup never replaces a good one. PostgreSQL: use pg_dump (docs/deploy.md).
/// Restore: stop the app, put the file in place of the database, start the app (docs/deploy.md).
/// </summary>
public static class BackupCommand
{
    const string Usage = "usage: backup --output FILE   (plus any app setting, " +
        "e.g. --ConnectionStrings:TravelRisk=...)";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not ["backup", "--output", var output, .. var settings] || string.IsNullOrWhiteSpace(output))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        // Not migrated first: a backup copies the database as it is.
        var builder = WebApplication.CreateBuilder(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddTravelRiskDatabase();
        await using var app = builder.Build();
        if (app.Services.GetRequiredService<DatabaseOptions>().Provider != DatabaseProvider.Sqlite)
        {
            await Console.Error.WriteLineAsync("The database is PostgreSQL: back it up with pg_dump " +
                "(docs/deploy.md), e.g. pg_dump --format=custom --file=travelrisk.dump travelrisk");
            return 2;
        }

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<TravelRiskDb>>()
            .CreateDbContextAsync();
        var source =
            new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Mode = SqliteOpenMode.ReadOnly };
        if (!File.Exists(source.DataSource))
            throw new StartupException($"There is no database at {source.DataSource} to back up.");

        var target = Path.GetFullPath(output);
        var partial = target + ".partial";
        File.Delete(partial);
        await using (var from = new SqliteConnection(source.ToString()))
        await using (var to = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            await from.OpenAsync();
            await to.OpenAsync();
            from.BackupDatabase(to); // one step: a single read snapshot, while writers go on in the WAL
        }
        File.Move(partial, target, overwrite: true);
        Console.WriteLine($"Backed up {source.DataSource} to {target}");
        return 0;
    }
}
