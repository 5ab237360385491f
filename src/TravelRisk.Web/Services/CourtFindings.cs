using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Cases;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>
/// The Court's findings (Art. 87(7)) on a trip or on a person's trips, with names, for the trip and leader pages.
/// </summary>
public sealed class CourtFindings(IDbContextFactory<TravelRiskDb> dbs, RiskFactsCache cache)
{
    /// <summary>Oldest first (by decision, else publication).</summary>
    public async Task<IReadOnlyList<OutcomeRow>> ListAsync(OutcomeFilter filter, CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var query = db.Findings.AsNoTracking();
        if (filter.TripId is { } trip)
            query = query.Where(f => f.TripId == trip);
        if (filter.LeaderId is { } leader)
            query = query.Where(f => f.LeaderId == leader);
        var findings = await query.ToListAsync(ct);
        return [.. findings.OrderBy(f => f.DecidedOn ?? f.PublicOn).Select(f => new OutcomeRow(
            f,
            facts.LeadersById[f.LeaderId].Leader.Name,
            facts.Countries.TryGetValue(f.CountryIso3, out var c) ? c.Name : f.CountryIso3))];
    }
}

/// <summary>Which findings: those on one trip, or on one person's trips.</summary>
public sealed record OutcomeFilter(int? TripId = null, int? LeaderId = null);

/// <summary>A finding of the Court with the names of the person and the State it concerns.</summary>
public sealed record OutcomeRow(Finding Finding, string PersonName, string StateName);
