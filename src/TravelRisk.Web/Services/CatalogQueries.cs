using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>
/// The reference records the API lists and the feeds announce: ICC situations, and summits with what their host
/// would have to do about each wanted person (one rule for the summit list, its POST answer and the calendar).
/// </summary>
public sealed class CatalogQueries(IDbContextFactory<TravelRiskDb> dbs, RiskFactsCache cache)
{
    public async Task<List<SituationResponse>> SituationsAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var situations = await db.Situations.AsNoTracking().OrderBy(s => s.InvestigationOpenedOn).ToListAsync(ct);
        return [.. situations.Select(s => new SituationResponse(
            Code: s.Code,
            Name: s.Name,
            Number: s.Number,
            Territory: s.TerritoryIso3,
            ReferralKind: s.ReferralKind,
            ReferredOn: s.ReferredOn,
            ReferredBy: s.ReferredBy,
            Resolution: s.Resolution,
            BoundStates: s.BoundIso3,
            PreliminaryExaminationOpenedOn: s.PreliminaryExaminationOpenedOn,
            InvestigationOpenedOn: s.InvestigationOpenedOn,
            CrimesFrom: s.CrimesFrom,
            Source: s.Source,
            Notes: s.Notes))];
    }

    /// <summary>
    /// Summits ending on or after <paramref name="from"/> and starting on or before <paramref name="to"/>, by start;
    /// undated ones only when <paramref name="includeUndated"/>; only those <paramref name="hostIso3"/> hosts if given.
    /// </summary>
    public async Task<List<SummitResponse>> SummitsAsync(
        DateOnly from,
        DateOnly to,
        bool includeUndated,
        string? hostIso3,
        CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var query = db.Summits.AsNoTracking()
            .Where(s =>
                (includeUndated && s.StartDate == null) || ((s.EndDate ?? s.StartDate) >= from && s.StartDate <= to));
        if (hostIso3 is not null)
            query = query.Where(s => s.HostIso3 == hostIso3);
        var summits = await query.OrderBy(s => s.StartDate).ToListAsync(ct);
        return [.. summits.Select(s => Summit(facts, s))];
    }

    public static SummitResponse Summit(RiskFacts facts, Summit summit) => new(
        Slug: summit.Slug,
        Name: summit.Name,
        Series: summit.Series,
        Host: summit.HostIso3,
        HostName: facts.Countries[summit.HostIso3].Name,
        City: summit.City,
        StartDate: summit.StartDate,
        EndDate: summit.EndDate,
        Source: summit.Source,
        Obligations: Obligations(facts, summit));

    /// <summary>
    /// The host's obligation on the summit's first day toward everyone wanted that day, the strongest first. An
    /// undated summit has none: the rules need a day.
    /// </summary>
    static List<SummitObligationResponse> Obligations(RiskFacts facts, Summit summit)
    {
        if (summit.StartDate is not { } day || !facts.Countries.TryGetValue(summit.HostIso3, out var host))
            return [];
        return [.. facts.Leaders.Values
            .Where(l => l.Warrants.Any(w => w.Warrant.IsOutstandingOn(day)))
            .Select(l => (Person: l, Decision: ArrestObligationRules.Decide(day, host, l.Warrants)))
            .OrderByDescending(x => x.Decision.Obligation).ThenBy(x => x.Person.Leader.Name, StringComparer.Ordinal)
            .Select(x =>
                new SummitObligationResponse(
                    x.Person.Leader.Slug,
                    x.Person.Leader.Name,
                    x.Decision.Obligation,
                    x.Decision.Reason))];
    }
}
