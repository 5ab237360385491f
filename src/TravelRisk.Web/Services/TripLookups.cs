using Microsoft.EntityFrameworkCore;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>The names a trip request may use, resolved to database keys.</summary>
public sealed record TripLookups(
    IReadOnlyDictionary<string, int> LeaderIds,
    IReadOnlySet<string> CountryCodes,
    IReadOnlyDictionary<string, int> SummitIds)
{
    /// <summary>People and States from the facts in memory; summits from the database (analysts add them).</summary>
    public static async Task<TripLookups> LoadAsync(RiskFacts facts, TravelRiskDb db, CancellationToken ct) =>
        From(facts, await db.Summits.AsNoTracking().ToDictionaryAsync(s => s.Slug, s => s.Id, ct));

    public static TripLookups From(RiskFacts facts, IReadOnlyDictionary<string, int> summitIds) =>
        new(
            facts.Leaders.ToDictionary(l => l.Key, l => l.Value.Leader.Id),
            facts.Countries.Keys.ToHashSet(),
            summitIds);
}
