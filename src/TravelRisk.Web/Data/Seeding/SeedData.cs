using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.People;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Data.Seeding;

/// <summary>
/// Everything in data/, read and checked, before anything is written. Rows that point at other rows by
/// natural key (slug, ISO code) keep that key; the seeder turns it into a database id.
/// </summary>
public sealed record SeedData(
    IReadOnlyList<Country> Countries,
    IReadOnlyList<StatuteReading> StatuteReadings,
    IReadOnlyList<Article12_3Declaration> Declarations,
    IReadOnlyList<Situation> Situations,
    IReadOnlyList<Leader> Leaders,
    IReadOnlyList<SeedPosition> Positions,
    IReadOnlyList<SeedWarrant> Warrants,
    IReadOnlyList<WarrantEvent> WarrantEvents,
    IReadOnlyList<Summit> Summits,
    IReadOnlyList<SeedTrip> Trips,
    IReadOnlyList<SeedFinding> Findings)
{
    /// <summary>
    /// Links the rows the way the database does (declarations to their State, events to their warrant), for
    /// code that applies the rules straight to data/: the dataset report and the benchmarks.
    /// </summary>
    public (Dictionary<string, Country> Countries, Dictionary<string, WarrantCase[]> WarrantsByLeader) Assemble()
    {
        var countries = Countries.ToDictionary(c => c.Iso3);
        foreach (var country in Countries)
            country.Declarations.Clear();
        foreach (var declaration in Declarations)
            countries[declaration.CountryIso3].Declarations.Add(declaration);
        foreach (var country in Countries)
            country.OtherReadings.Clear();
        foreach (var reading in StatuteReadings)
            countries[reading.CountryIso3].OtherReadings.Add(reading);

        var situations = Situations.ToDictionary(s => s.Code);
        var warrants = Warrants.ToDictionary(w => w.Warrant.Code);
        foreach (var row in Warrants)
            row.Warrant.Events.Clear();
        foreach (var change in WarrantEvents)
            warrants[change.WarrantCode].Warrant.Events.Add(change);

        var byLeader = Warrants.GroupBy(w => w.LeaderSlug).ToDictionary(
            g => g.Key,
            g => g.OrderBy(w => w.Warrant.KnownFrom)
                .Select(w => new WarrantCase(w.Warrant, situations[w.Warrant.SituationCode]))
                .ToArray());
        return (countries, byLeader);
    }
}

public sealed record SeedPosition(string LeaderSlug, Position Position);

public sealed record SeedWarrant(string LeaderSlug, Warrant Warrant);

public sealed record SeedFinding(string LeaderSlug, string? TripSlug, Finding Finding);

public sealed record SeedTrip(string LeaderSlug, string? SummitSlug, string? RepresentativeSlug, Trip Trip, CsvRow Row);
