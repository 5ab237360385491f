using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TravelRisk.Tests;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Tests.Infrastructure;

/// <summary>
/// The whole app in process over a real SQLite file of its own (deleted afterwards), seeded from data/ unless a
/// test names another folder, with a frozen clock.
/// </summary>
public sealed class TravelRiskApp : WebApplicationFactory<Program>
{
    readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"travelrisk-test-{Guid.NewGuid():N}.db");
    readonly Dictionary<string, string?> _settings = new();

    public TravelRiskApp(string? dataFolder = null)
    {
        _settings["ConnectionStrings:TravelRisk"] = $"Data Source={_databaseFile}";
        _settings["Data:Path"] = dataFolder ?? RepoPaths.DataFolder;
    }

    public static readonly DateTimeOffset Today = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Today);

    public string DatabaseFile => _databaseFile;

    public TravelRiskApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    public async Task<T> QueryAsync<T>(Func<TravelRiskDb, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<TravelRiskDb>>().CreateDbContextAsync();
        return await query(db);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
            File.Delete(file);
    }
}
