using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Services;

/// <summary>A trip, its traveller and its assessment.</summary>
public sealed record FlaggedTrip(Trip Trip, LeaderFacts Person, TripDecision Decision)
{
    /// <summary>The trip's flag: what the deciding State had to do.</summary>
    public Obligation Obligation => Decision.Obligation;
}
