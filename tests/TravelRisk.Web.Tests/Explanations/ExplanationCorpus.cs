using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.People;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Tests;
using TravelRisk.Web.Data.Seeding;

namespace TravelRisk.Web.Tests.Explanations;

/// <summary>The committed data/ linked the way the app links it, for explaining real cases without a host.</summary>
sealed class ExplanationCorpus
{
    public static ExplanationCorpus Instance { get; } = new(SeedDataReader.Read(RepoPaths.DataFolder));

    readonly Dictionary<string, WarrantCase[]> _warrants;
    readonly Dictionary<string, Leader> _people;
    readonly Dictionary<string, (Trip Trip, string Person)> _trips;
    readonly Dictionary<string, List<Finding>> _findingsByTrip;
    readonly Dictionary<string, List<VisitFinding>> _findingsByPerson;
    readonly Dictionary<string, string> _representatives;

    public Dictionary<string, Country> Countries { get; }

    ExplanationCorpus(SeedData data)
    {
        (Countries, _warrants) = data.Assemble();
        _people = data.Leaders.ToDictionary(l => l.Slug);
        foreach (var person in _people.Values)
            person.Positions.Clear();
        foreach (var (slug, position) in data.Positions)
            _people[slug].Positions.Add(position);
        _trips = data.Trips.ToDictionary(t => t.Trip.Slug, t => (t.Trip, t.LeaderSlug));
        _findingsByTrip = data.Findings.Where(f => f.TripSlug is not null)
            .GroupBy(f => f.TripSlug!).ToDictionary(g => g.Key, g => g.Select(f => f.Finding).ToList());
        _findingsByPerson = data.Findings.Where(f => f.TripSlug is not null)
            .GroupBy(f => f.LeaderSlug)
            .ToDictionary(g => g.Key, g => g.Select(f => Visit(f.Finding, _trips[f.TripSlug!].Trip)).ToList());
        _representatives = data.Trips
            .Where(t => t.RepresentativeSlug is not null)
            .ToDictionary(t => t.Trip.Slug, t => _people[t.RepresentativeSlug!].Name);
    }

    static VisitFinding Visit(Finding finding, Trip trip) => new(finding, trip.HostIso3, trip.StartDate, trip.EndDate);

    public ExplanationFacts Facts(string person, DateOnly today) =>
        new(
            _people[person],
            _warrants.GetValueOrDefault(person, []),
            Countries,
            today,
            _findingsByPerson.GetValueOrDefault(person, []));

    public (Decision Decision, Explanation Explanation) Check(string person, string state, DateOnly day, DateOnly today)
    {
        var facts = Facts(person, today);
        var decision = ArrestObligationRules.Decide(day, Countries[state], facts.Warrants);
        return (decision, ObligationExplainer.Explain(decision, day, Countries[state], facts));
    }

    public (TripDecision Decision, Explanation Explanation) Trip(string slug, DateOnly today)
    {
        var (trip, person) = _trips[slug];
        var facts = Facts(person, today);
        var result = TripAssessor.Assess(trip, Countries, facts.Warrants);
        return (result, TripExplainer.Explain(
            trip,
            result,
            facts,
            _findingsByTrip.GetValueOrDefault(slug, []),
            _representatives.GetValueOrDefault(slug)));
    }
}
