using TravelRisk.Domain.Travel;

namespace TravelRisk.Domain.Rules;

/// <summary>
/// The strongest obligation found over a trip's days and places, with the day and State that decided it.
/// </summary>
/// <param name="Decision">The deciding decision.</param>
/// <param name="Day">The deciding day; null when the trip's dates are unknown.</param>
/// <param name="CountryIso3">The deciding State: the host or a leg's country.</param>
/// <param name="Leg">Null when the host decided; otherwise the kind of leg (a visit or transit stop).</param>
public readonly record struct TripDecision(Decision Decision, DateOnly? Day, string CountryIso3, LegKind? Leg)
{
    /// <summary>What the deciding State had to do: the trip's flag.</summary>
    public Obligation Obligation => Decision.Obligation;
}
