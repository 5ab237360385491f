using TravelRisk.Web.Data;

namespace TravelRisk.Web.Cli;

/// <summary>
/// <c>migrate</c>: applies pending migrations and seeds data/, then exits. For deployments that run several
/// instances with <c>Database:MigrateOnStartup=false</c> (docs/deploy.md): run it once per release, before the
/// instances start.
/// </summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args[1..]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddTravelRisk();
        await using var app = builder.Build();
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAndSeedAsync(CancellationToken.None);
        var provider = app.Services.GetRequiredService<DatabaseOptions>().Provider;
        Console.WriteLine($"The {provider} database is migrated and seeded.");
        return 0;
    }
}
