using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>
/// Answers risk questions for the API and pages: what a host must do about a person on a day (with the explanation as
/// read today), for every State on a day (the map), and for a recorded trip. Facts come from the in-memory snapshot;
/// decisions from the pure rules in Domain.
/// </summary>
public sealed class RiskAssessments(RiskFactsCache cache, IDbContextFactory<TravelRiskDb> dbs, TimeProvider clock)
{
    /// <summary>Today, by the app's clock (UTC).</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public ValueTask<RiskFacts> FactsAsync(CancellationToken ct) => cache.GetAsync(ct);

    /// <summary>The rules' decision for the person in the host on the day, and its explanation as seen today.</summary>
    public static (Decision Decision, Explanation Explanation) Explain(
        RiskFacts facts,
        LeaderFacts person,
        Country host,
        DateOnly day,
        DateOnly today)
    {
        var decision = ArrestObligationRules.Decide(day, host, person.Warrants);
        return (decision, ObligationExplainer.Explain(decision, day, host, facts.ExplanationFor(person, today)));
    }

    public static RiskCheckResponse Check(
        RiskFacts facts,
        LeaderFacts person,
        Country host,
        DateOnly day,
        DateOnly today)
    {
        var (decision, explanation) = Explain(facts, person, host, day, today);
        return new RiskCheckResponse(
            Person: person.Leader.Slug,
            PersonName: person.Leader.Name,
            State: host.Iso3,
            StateName: host.Name,
            Date: day,
            Obligation: decision.Obligation,
            Reason: decision.Reason,
            LegalBasis: explanation.LegalBasis,
            Answer: explanation.Answer,
            Explanation: explanation.Text,
            Caveats: explanation.Caveats,
            Contested: explanation.Contested,
            HostStatus: HostStatusResponse.For(host, day),
            Warrants: [.. person.Warrants.Select(w => WarrantResponse.For(w, day))],
            DecidingWarrant: decision.WarrantIndex >= 0 ? person.Warrants[decision.WarrantIndex].Warrant.Code : null,
            DataAsOf: facts.DataAsOf);
    }

    /// <summary>Every State's obligation toward the person on the day: "where could this person go".</summary>
    public static List<MapEntryResponse> Map(RiskFacts facts, LeaderFacts person, DateOnly day)
    {
        var entries = new List<MapEntryResponse>(facts.CountriesByName.Count);
        foreach (var country in facts.CountriesByName)
        {
            var decision = ArrestObligationRules.Decide(day, country, person.Warrants);
            entries.Add(new MapEntryResponse(country.Iso3, country.Name, decision.Obligation, decision.HostStatus));
        }
        return entries;
    }

    /// <summary>The assessment of a stored trip; null when there is no such trip.</summary>
    public async Task<TripRiskResponse?> TripRiskAsync(int tripId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var trip = await db.Trips.AsNoTracking()
            .Include(t => t.Legs.OrderBy(l => l.Id))
            .SingleOrDefaultAsync(t => t.Id == tripId, ct);
        if (trip is null)
            return null;

        var facts = await cache.GetAsync(ct);
        return TripRisk(facts, trip, Today);
    }

    /// <summary>
    /// A trip's assessment and its explanation (what kind of trip, the deciding day, airspace, the Court's findings).
    /// </summary>
    public static TripRiskResponse TripRisk(RiskFacts facts, Trip trip, DateOnly today)
    {
        var person = facts.LeadersById[trip.LeaderId];
        var result = TripAssessor.Assess(trip, facts.Countries, person.Warrants);
        var deciding = facts.Countries[result.CountryIso3];
        var representative = trip.RepresentativeId is { } id && facts.LeadersById.TryGetValue(id, out var rep)
            ? rep.Leader.Name
            : null;
        var explanation = TripExplainer.Explain(
            trip,
            result,
            facts.ExplanationFor(person, today),
            facts.FindingsOn(trip.Id),
            representative);
        var asOf = result.Day ?? trip.StartDate;

        return new TripRiskResponse(
            TripId: trip.Id,
            Person: person.Leader.Slug,
            State: trip.HostIso3,
            StartDate: trip.StartDate,
            EndDate: trip.EndDate,
            TripStatus: trip.Status,
            Hypothetical: trip.Status != TripStatus.Reported,
            Obligation: result.Decision.Obligation,
            Reason: result.Decision.Reason,
            LegalBasis: explanation.LegalBasis,
            Explanation: explanation.Text,
            Contested: explanation.Contested,
            DecidingDay: result.Day,
            DecidingState: result.CountryIso3,
            DecidingLeg: result.Leg,
            HostStatus: result.Day is { } d ? HostStatusResponse.For(deciding, d) : null,
            Warrants: asOf is { } on ? [.. person.Warrants.Select(w => WarrantResponse.For(w, on))] : [],
            Overflights: [.. trip.Legs.Where(l => l.Kind == LegKind.Overflight).Select(l => l.CountryIso3).Distinct()],
            DataAsOf: facts.DataAsOf);
    }
}
