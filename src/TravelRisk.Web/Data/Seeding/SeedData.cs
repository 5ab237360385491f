using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.People;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Data.Seeding;

/// <summary>
/// Everything in data/, read and checked, before anything is written. Rows that point at other rows by
/// natural key (slug, ISO code) keep that key; the seeder turns it into a database id.
/// </summary>
public sealed record SeedData(
    IReadOnlyList<Country> Countries,
    IReadOnlyList<Article12_3Declaration> Declarations,
    IReadOnlyList<Situation> Situations,
    IReadOnlyList<Leader> Leaders,
    IReadOnlyList<PositionRow> Positions,
    IReadOnlyList<WarrantRow> Warrants,
    IReadOnlyList<WarrantEvent> WarrantEvents,
    IReadOnlyList<Summit> Summits,
    IReadOnlyList<TripRow> Trips,
    IReadOnlyList<FindingRow> Findings);

public sealed record PositionRow(string LeaderSlug, Position Position);

public sealed record WarrantRow(string LeaderSlug, Warrant Warrant);

public sealed record FindingRow(string LeaderSlug, string? TripSlug, Finding Finding);

public sealed record TripRow(string LeaderSlug, string? SummitSlug, string? RepresentativeSlug, Trip Trip, CsvRow Row);
