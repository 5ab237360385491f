using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Contracts;

/// <summary>
/// A trip's assessment: the strongest obligation over its days and places, and which day and State decided it.
/// </summary>
/// <param name="TripId">The trip.</param>
/// <param name="Person">The traveller's slug.</param>
/// <param name="State">The main host's ISO alpha-3 code.</param>
/// <param name="StartDate">First day (null when unknown).</param>
/// <param name="EndDate">Last day (null when unknown).</param>
/// <param name="TripStatus">Planned, Reported, Cancelled, Virtual or Delegated.</param>
/// <param name="Hypothetical">
/// True when the person did not (or has not yet) set foot there: the obligation is what it would have been.
/// </param>
/// <param name="Obligation">The strongest obligation found; Undetermined when the dates are unknown.</param>
/// <param name="Reason">The rule that decided it.</param>
/// <param name="LegalBasis">Articles and decisions relied on.</param>
/// <param name="Explanation">One quotable paragraph.</param>
/// <param name="Contested">True when it rests on a disputed legal point or disputed data.</param>
/// <param name="DecidingDay">The day that decided it.</param>
/// <param name="DecidingState">The State that decided it (the host, or a visit or transit leg).</param>
/// <param name="DecidingLeg">Null when the host decided; Visit or Transit otherwise.</param>
/// <param name="HostStatus">The deciding State's treaty status on the deciding day.</param>
/// <param name="Warrants">The person's warrants, status as of the deciding day.</param>
/// <param name="Overflights">States flown over: information only, never an arrest obligation.</param>
/// <param name="DataAsOf">The day the underlying data last changed.</param>
public sealed record TripRiskResponse(
    int TripId,
    string Person,
    string State,
    DateOnly? StartDate,
    DateOnly? EndDate,
    TripStatus TripStatus,
    bool Hypothetical,
    Obligation Obligation,
    ObligationReason Reason,
    IReadOnlyList<string> LegalBasis,
    string Explanation,
    bool Contested,
    DateOnly? DecidingDay,
    string DecidingState,
    LegKind? DecidingLeg,
    HostStatusResponse? HostStatus,
    IReadOnlyList<WarrantResponse> Warrants,
    IReadOnlyList<string> Overflights,
    DateOnly DataAsOf);
