using Microsoft.Data.Sqlite;
using Npgsql;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Tests.Infrastructure;

/// <summary>
/// One database migrated and seeded from data/ once per test run, which each app starts from as a copy: a file
/// copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL. Applying the migrations and writing the whole seed
/// took most of a test app's start; a copy's start still migrates (nothing to do) and seeds (nothing changes), as a
/// restarted instance does. The template is made by a <see cref="TravelRiskApp"/> like any other, with the same
/// frozen clock, then loses the data-protection key its start wrote, so every copy makes its own as before.
/// </summary>
static class TemplateDatabase
{
    static readonly Lazy<string> SqliteFile = new(CreateSqlite, LazyThreadSafetyMode.ExecutionAndPublication);
    static readonly Lazy<string> PostgresName = new(CreatePostgres, LazyThreadSafetyMode.ExecutionAndPublication);
    static readonly Lock CreatingDatabases = new(); // PostgreSQL refuses a template another CREATE DATABASE is reading

    static readonly string[] SqliteSuffixes = ["", "-wal", "-shm"];

    /// <summary>Copies the template to <paramref name="file"/>, which must not exist yet.</summary>
    public static void CopySqliteTo(string file)
    {
        var template = SqliteFile.Value;
        foreach (var suffix in SqliteSuffixes)
            if (File.Exists(template + suffix))
                File.Copy(template + suffix, file + suffix);
    }

    /// <summary>Creates <paramref name="database"/> on <paramref name="server"/> as a copy of the template.</summary>
    public static void CopyPostgresTo(string server, string database)
    {
        var template = PostgresName.Value;
        lock (CreatingDatabases)
            Execute(server, $"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"");
    }

    static string CreateSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"travelrisk-template-{Guid.NewGuid():N}.db");
        using (var app = TravelRiskApp.Template(DatabaseProvider.Sqlite, $"Data Source={file}", file))
            _ = app.Services; // starts the host: migrates and seeds
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // Written back into the main file, so the copy is the file alone (the -wal is left empty).
            command.CommandText = "DELETE FROM DataProtectionKeys; PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var suffix in SqliteSuffixes)
                File.Delete(file + suffix);
        };
        return file;
    }

    static string CreatePostgres()
    {
        var server = Environment.GetEnvironmentVariable("TRAVELRISK_TEST_POSTGRES")!;
        var name = $"travelrisk_template_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        using (var app = TravelRiskApp.Template(DatabaseProvider.Postgres, connectionString, null))
            _ = app.Services;
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand("DELETE FROM \"DataProtectionKeys\"", connection);
            command.ExecuteNonQuery();
        }
        NpgsqlConnection.ClearAllPools(); // a template must have no open connection
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            Execute(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        return name;
    }

    static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
