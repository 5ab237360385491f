namespace TravelRisk.Web.Services;

/// <summary>
/// Loads the facts snapshot while the server is still starting (after the database is migrated and seeded, since
/// hosted services start in order and this one returns at once), so the first risk answer does not wait for it:
/// 0.16 s of a 1.7 s cold start (docs/performance.md). A failed load costs nothing but the time: the snapshot is
/// kept only once loaded, so the first request that needs it loads it again and reports what is wrong.
/// </summary>
public sealed class FactsWarmUp(RiskFactsCache facts, ILogger<FactsWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await facts.GetAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(
                e,
                "The facts could not be loaded at start; the first request that needs them will try again");
        }
    }
}
