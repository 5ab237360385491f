using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using TravelRisk.Web.Data.Seeding;

namespace TravelRisk.Web.Data;

/// <summary>
/// Applies pending migrations, then seeds data/ (EF Core calls the seeder after migrating), before the server
/// takes requests. Never deletes or recreates a database: an existing one is only migrated forward.
/// Runs when <c>Database:MigrateOnStartup</c> is true (the default), and from the <c>migrate</c> command.
/// Nothing has read the facts yet when it runs (hosted services start before the server), so no cache needs clearing.
/// </summary>
public sealed class DatabaseInitializer(IDbContextFactory<TravelRiskDb> dbs, DatabaseOptions options) : IHostedService
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
            await UseWriteAheadLogAsync(db, ct);
            await CreatePostgresDatabaseIfMissingAsync(db, ct);
            await RefuseUnknownMigrationsAsync(db, ct);
            await db.Database.MigrateAsync(ct);
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

    /// <summary>
    /// A database whose history names migrations this build does not have was made by another schema line (before
    /// the pre-release migrations were squashed into one, decision 0012, or by a newer build). Migrating it would try
    /// to create tables that exist; say so plainly instead.
    /// </summary>
    static async Task RefuseUnknownMigrationsAsync(TravelRiskDb db, CancellationToken ct)
    {
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
            throw new StartupException(
                "The database was made by a schema this build does not know (applied migrations not in this build: " +
                $"{string.Join(", ", unknown.Take(3))}{(unknown.Count > 3 ? ", …" : "")}). Databases from before " +
                "the first release (decision 0012) cannot be migrated: start a new database file or PostgreSQL " +
                "database (data/ is seeded into it), and re-enter any analyst edits.");
    }

    /// <summary>
    /// SQLite: readers and the one writer do not block each other in WAL mode, so reads under 16 writers never wait
    /// for a commit (decision 0009). The mode is stored in the file; setting it again is a no-op.
    /// </summary>
    static async Task UseWriteAheadLogAsync(TravelRiskDb db, CancellationToken ct)
    {
        if (db.Database.IsSqlite()
            && new SqliteConnectionStringBuilder(db.Database.GetConnectionString())
                is { Mode: not SqliteOpenMode.Memory, DataSource: not ":memory:" })
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    /// <summary>
    /// PostgreSQL: a database that does not exist yet, and its migrations history table, are created before
    /// migrating. Left to MigrateAsync, EF Core finds out by a connection or query that fails, and logs that failure
    /// as an error on every first start.
    /// </summary>
    static async Task CreatePostgresDatabaseIfMissingAsync(TravelRiskDb db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
            return;
        try
        {
            await using var probe = new Npgsql.NpgsqlConnection(db.Database.GetConnectionString());
            await probe.OpenAsync(ct);
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.InvalidCatalogName)
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateAsync(ct);
        }
        // The same for the history table: Npgsql finds out whether it exists by a query that fails, logged as an error.
        await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().CreateIfNotExistsAsync(ct);
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
