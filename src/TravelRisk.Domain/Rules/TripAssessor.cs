using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Domain.Rules;

/// <summary>
/// Assesses a whole trip: every day of the stay in the host State and of every visit or transit leg. An
/// overflight is never an arrest obligation (the aircraft does not land), so overflight legs are left to the
/// caller to show as information. The strongest obligation wins; on a tie, the earliest day.
/// </summary>
public static class TripAssessor
{
    /// <summary>Assesses <paramref name="trip"/> for the person whose warrants are
    /// <paramref name="warrants"/>.</summary>
    public static TripDecision Assess(
        Trip trip,
        IReadOnlyDictionary<string, Country> countries,
        ReadOnlySpan<WarrantCase> warrants)
    {
        // With only one date known, that day is assessed (e.g. a departure reported without the arrival).
        if ((trip.StartDate ?? trip.EndDate) is not { } start)
            return new(
                new Decision(Obligation.Undetermined, ObligationReason.DatesUnknown, StatuteStatus.NonSignatory),
                null,
                trip.HostIso3,
                null);

        var best =
            AssessStay(countries[trip.HostIso3], start, trip.EndDate ?? start, warrants, null, default, hasBest: false);
        foreach (var leg in trip.Legs)
        {
            if (leg.Kind == LegKind.Overflight)
                continue;
            var from = leg.StartDate ?? start;
            var to = leg.EndDate ?? (leg.StartDate is null ? trip.EndDate ?? start : from);
            best = AssessStay(countries[leg.CountryIso3], from, to, warrants, leg.Kind, best, hasBest: true);
        }
        return best;
    }

    static TripDecision AssessStay(
        Country country,
        DateOnly from,
        DateOnly to,
        ReadOnlySpan<WarrantCase> warrants,
        LegKind? leg,
        TripDecision best,
        bool hasBest)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var decision = ArrestObligationRules.Decide(day, country, warrants);
            if (!hasBest
                || decision.Strength > best.Decision.Strength
                || (decision.Strength == best.Decision.Strength && day < best.Day))
            {
                best = new TripDecision(decision, day, country.Iso3, leg);
                hasBest = true;
            }
        }
        return best;
    }
}
