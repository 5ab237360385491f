using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;

namespace TravelRisk.Web.Services;

/// <summary>The view data of the leader pages and the map: facts from the snapshot, flags from the rules.</summary>
public sealed class LeaderPages(RiskAssessments risk, TripQueries trips, CourtFindings findings)
{
    public DateOnly Today => risk.Today;

    public async Task<LeaderPage?> LeaderAsync(string slug, CancellationToken ct)
    {
        var facts = await risk.FactsAsync(ct);
        if (!facts.Leaders.TryGetValue(slug, out var person))
            return null;
        var flagged = await trips.FlaggedAsync(new TripFilter(LeaderId: person.Leader.Id), ct);
        var represented = await trips.FlaggedAsync(new TripFilter(RepresentativeId: person.Leader.Id), ct);
        return new LeaderPage(
            person,
            [.. person.Warrants.Select(w => WarrantResponse.For(w, Today))],
            [.. flagged.Select(f => TripRow.From(facts, f))],
            [.. represented.Select(f => TripRow.From(facts, f))],
            await findings.ListAsync(new OutcomeFilter(LeaderId: person.Leader.Id), ct),
            person.Leader.NationalityIso3 is { } iso3 && facts.Countries.TryGetValue(iso3, out var country)
                ? country.Name
                : person.Leader.NationalityIso3);
    }

    /// <summary>What each State would have to do about the person on the day (the map's colours and words).</summary>
    public async Task<IReadOnlyDictionary<string, Obligation>?> MapAsync(
        string slug,
        DateOnly day,
        CancellationToken ct)
    {
        var facts = await risk.FactsAsync(ct);
        return facts.Leaders.TryGetValue(slug, out var person)
            ? RiskAssessments.Map(facts, person, day).ToDictionary(e => e.Iso3, e => e.Obligation)
            : null;
    }

    /// <summary>Everyone with at least one warrant, by name.</summary>
    public async Task<IReadOnlyList<LeaderFacts>> WantedAsync(CancellationToken ct) =>
        [.. (await risk.FactsAsync(ct)).Leaders.Values.Where(l => l.Warrants.Length > 0)
            .OrderBy(l => l.Leader.Name, StringComparer.Ordinal)];
}

public sealed record LeaderPage(
    LeaderFacts Person,
    IReadOnlyList<WarrantResponse> Warrants,
    IReadOnlyList<TripRow> Trips,
    IReadOnlyList<TripRow> Represented,
    IReadOnlyList<OutcomeRow> Outcomes,
    string? NationalityName = null);

/// <summary>A trip as a line in a leader's or a State's list.</summary>
public sealed record TripRow(
    int Id,
    string PersonName,
    string PersonSlug,
    string HostName,
    string HostIso3,
    DateOnly? StartDate,
    DateOnly? EndDate,
    TripStatus Status,
    ReviewState Review,
    Obligation Obligation)
{
    public static TripRow From(RiskFacts facts, FlaggedTrip f) => new(
        Id: f.Trip.Id,
        PersonName: f.Person.Leader.Name,
        PersonSlug: f.Person.Leader.Slug,
        HostName: facts.Countries[f.Trip.HostIso3].Name,
        HostIso3: f.Trip.HostIso3,
        StartDate: f.Trip.StartDate,
        EndDate: f.Trip.EndDate,
        Status: f.Trip.Status,
        Review: f.Trip.Review,
        Obligation: f.Obligation);
}
