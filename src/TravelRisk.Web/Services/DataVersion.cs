using Microsoft.EntityFrameworkCore;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>A token that changes whenever the data does: the last seeding run and the last trip revision.</summary>
public sealed class DataVersion(IDbContextFactory<TravelRiskDb> dbs)
{
    public async Task<string> GetAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var seed = await db.SeedRuns.MaxAsync(r => (int?)r.Id, ct) ?? 0;
        var revision = await db.TripRevisions.MaxAsync(r => (long?)r.Id, ct) ?? 0;
        return $"{seed}-{revision}";
    }
}
