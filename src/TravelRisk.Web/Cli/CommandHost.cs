using TravelRisk.Web.Data;

namespace TravelRisk.Web.Cli;

/// <summary>
/// The app's services without the web server, for one-off commands; the database is migrated like at start-up.
/// </summary>
public static class CommandHost
{
    public static async Task<WebApplication> StartAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddTravelRisk();
        var app = builder.Build();
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        if (options.MigrateOnStartup)
            await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAndSeedAsync(CancellationToken.None);
        return app;
    }
}
