using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using TravelRisk.Tests;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Tests.Infrastructure;

/// <summary>
/// The whole app in process over a real database of its own, seeded from data/ unless a test names another
/// folder, with a frozen clock: a SQLite file, or, when TRAVELRISK_TEST_POSTGRES names a server (tests/run.sh
/// starts one), a PostgreSQL database. Either starts as a copy of the run's <see cref="TemplateDatabase"/> (seeded
/// from data/) unless the test asks for an empty one, and is deleted afterwards. A second app can share the first
/// one's database, as two instances behind a load balancer do.
/// </summary>
public sealed class TravelRiskApp : WebApplicationFactory<Program>
{
    static readonly string? PostgresServer = Environment.GetEnvironmentVariable("TRAVELRISK_TEST_POSTGRES");

    readonly Dictionary<string, string?> _settings = [];
    readonly bool _ownsDatabase;
    bool _fromTemplate;

    public TravelRiskApp(string? dataFolder = null, TravelRiskApp? shareDatabaseWith = null)
    {
        _ownsDatabase = shareDatabaseWith is null;
        _fromTemplate = _ownsDatabase && dataFolder is null; // the template holds data/ only
        Provider = shareDatabaseWith?.Provider
            ?? (PostgresServer is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres);
        DatabaseFile = shareDatabaseWith?.DatabaseFile
            ?? Path.Combine(Path.GetTempPath(), $"travelrisk-test-{Guid.NewGuid():N}.db");
        ConnectionString = shareDatabaseWith?.ConnectionString ?? (Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(PostgresServer)
            {
                Database = $"travelrisk_test_{Guid.NewGuid():N}"
            }.ConnectionString
            : $"Data Source={DatabaseFile}");
        _settings["Database:Provider"] = Provider.ToString();
        _settings["ConnectionStrings:TravelRisk"] = ConnectionString;
        _settings["Data:Path"] = dataFolder ?? RepoPaths.DataFolder;
    }

    TravelRiskApp(DatabaseProvider provider, string connectionString, string? file)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DatabaseFile = file ?? "";
        _settings["Database:Provider"] = Provider.ToString();
        _settings["ConnectionStrings:TravelRisk"] = ConnectionString;
        _settings["Data:Path"] = RepoPaths.DataFolder;
    }

    /// <summary>The app whose start migrates and seeds the template: an empty database it leaves in place.</summary>
    internal static TravelRiskApp Template(DatabaseProvider provider, string connectionString, string? file) =>
        new(provider, connectionString, file);

    /// <summary>
    /// Starts on an empty database that this app's own start migrates and seeds: for tests of a first start.
    /// </summary>
    public TravelRiskApp WithEmptyDatabase()
    {
        _fromTemplate = false;
        return this;
    }

    public static readonly DateTimeOffset Today = TestToday.Instant;

    /// <summary>
    /// The app's clock: stands still at <see cref="Today"/> until a test moves it (its timers fire only then too).
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(Today);

    /// <summary>The app's warnings and errors.</summary>
    public LogCapture Logs { get; } = new();

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file (unused on PostgreSQL).</summary>
    public string DatabaseFile { get; }

    /// <summary>The command-line settings that point another process at this app's database.</summary>
    public string[] DatabaseArguments =>
        [$"--Database:Provider={Provider}", $"--ConnectionStrings:TravelRisk={ConnectionString}"];

    public TravelRiskApp With(string key, string? value)
    {
        _settings[key] = value;
        // Pointed elsewhere, or not migrating on start, the app gets exactly the database it was told to use.
        if (key.StartsWith("Database:", StringComparison.Ordinal)
            || key.StartsWith("ConnectionStrings:", StringComparison.Ordinal))
            _fromTemplate = false;
        return this;
    }

    readonly List<Action<IServiceCollection>> _services = [];

    /// <summary>Adds registrations of the test's own (e.g. a logger provider) before the app starts.</summary>
    public TravelRiskApp WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // "Testing" is not Development, so the host would not check lifetimes: a singleton that captures a scoped
        // service, or a scoped service read from the root, would pass here and misbehave in production.
        builder.UseDefaultServiceProvider(provider =>
        {
            provider.ValidateScopes = true;
            provider.ValidateOnBuild = true;
        });
        if (_fromTemplate && Provider == DatabaseProvider.Sqlite)
            TemplateDatabase.CopySqliteTo(DatabaseFile);
        else if (_fromTemplate)
            TemplateDatabase.CopyPostgresTo(
                PostgresServer!,
                new NpgsqlConnectionStringBuilder(ConnectionString).Database!);
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            foreach (var configure in _services)
                configure(services);
        });
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public async Task<T> QueryAsync<T>(Func<TravelRiskDb, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<TravelRiskDb>>()
            .CreateDbContextAsync();
        return await query(db);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_ownsDatabase)
            return;
        if (Provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            var database = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
            await using var server = new NpgsqlConnection(PostgresServer);
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
            return;
        }
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm" })
            File.Delete(file);
    }
}
