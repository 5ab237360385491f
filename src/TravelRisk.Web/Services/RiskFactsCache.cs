using System.Collections.Frozen;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Rules;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>
/// Loads <see cref="RiskFacts"/> once and keeps it: States, situations and warrants change only when data/ is
/// seeded, so every risk check is answered from memory. <see cref="InvalidateAsync"/> drops the snapshot.
/// </summary>
public sealed class RiskFactsCache(IDbContextFactory<TravelRiskDb> dbs, IOutputCacheStore outputCache)
{
    readonly SemaphoreSlim _loading = new(1, 1);
    volatile RiskFacts? _facts;

    public async ValueTask<RiskFacts> GetAsync(CancellationToken ct)
    {
        if (_facts is { } facts)
            return facts;

        await _loading.WaitAsync(ct);
        try
        {
            return _facts ??= await LoadAsync(ct);
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Drops the snapshot and every cached response computed from it.</summary>
    public async Task InvalidateAsync(CancellationToken ct)
    {
        _facts = null;
        await outputCache.EvictByTagAsync(CacheTags.Facts, ct);
    }

    async Task<RiskFacts> LoadAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var countries = await db.Countries.AsNoTracking()
            .Include(c => c.Declarations)
            .Include(c => c.OtherReadings)
            .AsSplitQuery()
            .ToListAsync(ct);
        var findings = await db.Findings.AsNoTracking().Where(f => f.TripId != null).ToListAsync(ct);
        var tripIds = findings.Select(f => f.TripId!.Value).ToHashSet();
        var visits = await db.Trips.AsNoTracking().Where(t => tripIds.Contains(t.Id))
            .Select(t => new { t.Id, t.HostIso3, t.StartDate, t.EndDate }).ToDictionaryAsync(t => t.Id, ct);
        var situations = await db.Situations.AsNoTracking().ToDictionaryAsync(s => s.Code, ct);
        var leaders = await db.Leaders.AsNoTracking()
            .Include(l => l.Positions)
            .Include(l => l.Warrants).ThenInclude(w => w.Events)
            .AsSplitQuery()
            .ToListAsync(ct);
        var lastSeed = await db.SeedRuns.Where(r => r.Added + r.Updated > 0)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);

        var facts = leaders.Select(l => new LeaderFacts(
            l,
            [.. l.Warrants.OrderBy(w => w.KnownFrom).Select(w => new WarrantCase(w, situations[w.SituationCode]))],
            PersonSearch.Normalize(l.Name))).ToList();

        return new RiskFacts(
            countries.ToFrozenDictionary(c => c.Iso3),
            facts.ToFrozenDictionary(f => f.Leader.Slug),
            facts.ToFrozenDictionary(f => f.Leader.Id),
            findings.GroupBy(f => f.TripId!.Value).ToFrozenDictionary(g => g.Key, g => g.ToArray()),
            findings.GroupBy(f => f.LeaderId).ToFrozenDictionary(g => g.Key, g => g
                .Select(f =>
                    new VisitFinding(
                        f,
                        visits[f.TripId!.Value].HostIso3,
                        visits[f.TripId!.Value].StartDate,
                        visits[f.TripId!.Value].EndDate))
                .ToArray()),
            lastSeed is null ? DateOnly.MinValue : DateOnly.FromDateTime(lastSeed.RanAtUtc),
            lastSeed?.Id ?? 0);
    }
}
