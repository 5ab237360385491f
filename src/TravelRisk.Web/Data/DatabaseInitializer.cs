using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Web.Data.Seeding;

namespace TravelRisk.Web.Data;

/// <summary>
/// Applies pending migrations, then seeds data/ (EF Core calls the seeder after migrating), before the server
/// takes requests. Never deletes or recreates a database: an existing one is only migrated forward.
/// Runs when <c>Database:MigrateOnStartup</c> is true (the default), and from the <c>migrate</c> command.
/// </summary>
public sealed class DatabaseInitializer(IDbContextFactory<TravelRiskDb> dbs, DatabaseOptions options, Services.RiskFactsCache facts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.MigrateOnStartup ? MigrateAndSeedAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task MigrateAndSeedAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        EnsureSqliteFolder(db);
        try
        {
            await db.Database.MigrateAsync(ct);
            await facts.InvalidateAsync(ct); // the seeding may have changed States, situations or warrants
        }
        catch (SeedDataException e)
        {
            throw new StartupException($"The seed data is invalid, so nothing was written. {e.Message}", e);
        }
        catch (Exception e) when (e is SqliteException or Npgsql.NpgsqlException)
        {
            throw new StartupException($"The database could not be opened or migrated: {e.Message}", e);
        }
    }

    static void EnsureSqliteFolder(TravelRiskDb db)
    {
        if (!db.Database.IsSqlite())
            return;
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (file != ":memory:" && Path.GetDirectoryName(file) is { Length: > 0 } folder)
            Directory.CreateDirectory(folder);
    }
}
