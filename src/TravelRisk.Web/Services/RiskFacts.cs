using System.Collections.Frozen;
using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;

namespace TravelRisk.Web.Services;

/// <summary>
/// Everything the rules read, in memory: every State with its declarations, every person with their warrants.
/// Immutable; a new snapshot replaces it when the data changes (see <see cref="RiskFactsCache"/>).
/// </summary>
public sealed class RiskFacts(
    FrozenDictionary<string, Country> countries,
    FrozenDictionary<string, LeaderFacts> leaders,
    FrozenDictionary<int, LeaderFacts> leadersById,
    FrozenDictionary<int, Finding[]> findingsByTrip,
    FrozenDictionary<int, VisitFinding[]> findingsByLeader,
    DateOnly dataAsOf,
    int seedRun)
{
    /// <summary>Every State, by ISO alpha-3.</summary>
    public FrozenDictionary<string, Country> Countries => countries;

    /// <summary>Every State, sorted by name.</summary>
    public IReadOnlyList<Country> CountriesByName { get; } =
        [.. countries.Values.OrderBy(c => c.Name, StringComparer.Ordinal)];

    // The pickers' lists, built once per snapshot and shared by every circuit that shows them (issue 21: a copy per
    // circuit of 195 States cost about 15 KB each).

    /// <summary>Every State as a choice (ISO code, name), by name.</summary>
    public IReadOnlyList<Choice> StateChoices =>
        field ??= [.. CountriesByName.Select(c => new Choice(c.Iso3, c.Name))];

    /// <summary>Every State as a choice with its code after its name ("Mongolia (MNG)"), for the forms.</summary>
    public IReadOnlyList<Choice> StateChoicesWithCodes =>
        field ??= [.. CountriesByName.Select(c => new Choice(c.Iso3, $"{c.Name} ({c.Iso3})"))];

    /// <summary>Every person as a choice, by name, those with a warrant marked "(wanted)", for the forms.</summary>
    public IReadOnlyList<Choice> PeopleChoices =>
        field ??= [.. leaders.Values.OrderBy(l => l.Leader.Name, StringComparer.Ordinal)
            .Select(l => new Choice(
                l.Leader.Slug,
                l.Warrants.Length > 0 ? $"{l.Leader.Name} (wanted)" : l.Leader.Name))];

    /// <summary>Every State's name by ISO alpha-3.</summary>
    public IReadOnlyDictionary<string, string> StateNames =>
        field ??= countries.ToFrozenDictionary(c => c.Key, c => c.Value.Name);

    /// <summary>Every person, by slug.</summary>
    public FrozenDictionary<string, LeaderFacts> Leaders => leaders;

    /// <summary>Every person, by id.</summary>
    public FrozenDictionary<int, LeaderFacts> LeadersById => leadersById;

    /// <summary>The Court's findings (Art. 87(7)) on each trip they concern, by trip id.</summary>
    public IReadOnlyList<Finding> FindingsOn(int tripId) =>
        findingsByTrip.TryGetValue(tripId, out var findings) ? findings : [];

    /// <summary>What the explainer needs to write about <paramref name="person"/>, with today for its tenses.</summary>
    public ExplanationFacts ExplanationFor(LeaderFacts person, DateOnly today) =>
        new(
            person.Leader,
            person.Warrants,
            countries,
            today,
            findingsByLeader.TryGetValue(person.Leader.Id, out var findings) ? findings : []);

    /// <summary>The day the data was last changed (the last seeding run that changed anything).</summary>
    public DateOnly DataAsOf => dataAsOf;

    /// <summary>The seeding run this snapshot reflects; part of ETags of responses that use the facts.</summary>
    public int SeedRun => seedRun;
}
