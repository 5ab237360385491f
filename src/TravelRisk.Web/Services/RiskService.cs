using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Api.Contracts;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>Glue between the API and pages, the stored facts and the pure rules.</summary>
public sealed class RiskService(RiskFactsCache cache, IDbContextFactory<TravelRiskDb> dbs, TimeProvider clock)
{
    /// <summary>Today, by the app's clock (UTC).</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public ValueTask<RiskFacts> FactsAsync(CancellationToken ct) => cache.GetAsync(ct);

    public static RiskCheckResponse Check(RiskFacts facts, LeaderFacts person, Country host, DateOnly day)
    {
        var decision = ArrestObligationRules.Decide(day, host, person.Warrants);
        var explanation = ObligationExplainer.Explain(decision, day, host, person.Warrants, person.Leader.Name, person.Leader.HoldsTopOfficeOn(day));
        return new RiskCheckResponse(
            person.Leader.Slug, person.Leader.Name, host.Iso3, host.Name, day, decision.Obligation, decision.Reason,
            explanation.LegalBasis, explanation.Text, explanation.Contested, HostStatusResponse.For(host, day),
            [.. person.Warrants.Select(w => WarrantResponse.For(w, day))],
            decision.WarrantIndex >= 0 ? person.Warrants[decision.WarrantIndex].Warrant.Code : null,
            facts.DataAsOf);
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
        var trip = await db.Trips.AsNoTracking().Include(t => t.Legs).SingleOrDefaultAsync(t => t.Id == tripId, ct);
        if (trip is null)
            return null;

        var facts = await cache.GetAsync(ct);
        return TripRisk(facts, trip);
    }

    public static TripRiskResponse TripRisk(RiskFacts facts, Trip trip)
    {
        var person = facts.LeadersById[trip.LeaderId];
        var result = TripAssessor.Assess(trip, facts.Countries, person.Warrants);
        var deciding = facts.Countries[result.CountryIso3];
        var explanation = result.Day is { } day
            ? ObligationExplainer.Explain(result.Decision, day, deciding, person.Warrants, person.Leader.Name, person.Leader.HoldsTopOfficeOn(day))
            : ObligationExplainer.Explain(result.Decision, default, deciding, person.Warrants, person.Leader.Name, false);
        var asOf = result.Day ?? trip.StartDate;

        return new TripRiskResponse(
            trip.Id, person.Leader.Slug, trip.HostIso3, trip.StartDate, trip.EndDate, trip.Status,
            Hypothetical: trip.Status != TripStatus.Reported,
            result.Decision.Obligation, result.Decision.Reason, explanation.LegalBasis,
            HypotheticalPrefix(trip, person.Leader.Name, deciding.Name) + explanation.Text, explanation.Contested,
            result.Day, result.CountryIso3, result.Leg,
            result.Day is { } d ? HostStatusResponse.For(deciding, d) : null,
            asOf is { } on ? [.. person.Warrants.Select(w => WarrantResponse.For(w, on))] : [],
            [.. trip.Legs.Where(l => l.Kind == LegKind.Overflight).Select(l => l.CountryIso3).Distinct()],
            facts.DataAsOf);
    }

    static string HypotheticalPrefix(Trip trip, string person, string host) => trip.Status switch
    {
        TripStatus.Planned => $"This trip is planned, not yet made; the assessment is what {host} would have to do if {person} came. ",
        TripStatus.Cancelled => $"{person} did not make this trip (cancelled); the assessment is what {host} would have had to do. ",
        TripStatus.Virtual => $"{person} took part by video and did not travel; the assessment is what {host} would have had to do. ",
        TripStatus.Delegated => $"{person} stayed away and sent a representative; the assessment is what {host} would have had to do had {person} come. ",
        _ => "",
    };
}
