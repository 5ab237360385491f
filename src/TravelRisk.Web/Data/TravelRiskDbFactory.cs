using Microsoft.EntityFrameworkCore;

namespace TravelRisk.Web.Data;

/// <summary>
/// Lets pages and services ask for <see cref="TravelRiskDb"/> whichever provider's subclass is configured.
/// </summary>
sealed class TravelRiskDbFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<TravelRiskDb>
    where TContext : TravelRiskDb
{
    public TravelRiskDb CreateDbContext() => inner.CreateDbContext();

    public async Task<TravelRiskDb> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
