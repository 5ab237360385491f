using System.Collections.Frozen;
using TravelRisk.Domain.Countries;

namespace TravelRisk.Web.Services;

/// <summary>
/// Everything the rules read, in memory: every State with its declarations, every person with their warrants.
/// Immutable; a new snapshot replaces it when the data changes (see <see cref="RiskFactsCache"/>).
/// </summary>
public sealed class RiskFacts(
    FrozenDictionary<string, Country> countries,
    FrozenDictionary<string, LeaderFacts> leaders,
    FrozenDictionary<int, LeaderFacts> leadersById,
    DateOnly dataAsOf,
    int seedRun)
{
    /// <summary>Every State, by ISO alpha-3.</summary>
    public FrozenDictionary<string, Country> Countries => countries;

    /// <summary>Every State, sorted by name.</summary>
    public IReadOnlyList<Country> CountriesByName { get; } = [.. countries.Values.OrderBy(c => c.Name, StringComparer.Ordinal)];

    /// <summary>Every person, by slug.</summary>
    public FrozenDictionary<string, LeaderFacts> Leaders => leaders;

    /// <summary>Every person, by id.</summary>
    public FrozenDictionary<int, LeaderFacts> LeadersById => leadersById;

    /// <summary>The day the data was last changed (the last seeding run that changed anything).</summary>
    public DateOnly DataAsOf => dataAsOf;

    /// <summary>The seeding run this snapshot reflects; part of ETags of responses that use the facts.</summary>
    public int SeedRun => seedRun;
}
