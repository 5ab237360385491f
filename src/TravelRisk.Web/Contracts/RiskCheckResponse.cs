using TravelRisk.Domain.Rules;

namespace TravelRisk.Web.Contracts;

/// <summary>What <c>state</c> must do if <c>person</c> is on its territory on <c>date</c>, and why.</summary>
/// <param name="Person">The person's slug.</param>
/// <param name="PersonName">The person's name.</param>
/// <param name="State">The host's ISO alpha-3 code.</param>
/// <param name="StateName">The host's name.</param>
/// <param name="Date">The day assessed.</param>
/// <param name="Obligation">
/// ArrestRequired, SecurityCouncilObligation, Article12_3Declaration, NoTreatyObligation or NotWanted.
/// </param>
/// <param name="Reason">The rule that decided it.</param>
/// <param name="LegalBasis">Articles and decisions relied on.</param>
/// <param name="Answer">The paragraph's first sentence: the answer alone, as the /check page shows it.</param>
/// <param name="Explanation">One quotable paragraph.</param>
/// <param name="Caveats">The paragraph's sentences that could change the answer (a contested immunity, a sealed warrant's request), each quoted from it; empty when none bears on it.</param>
/// <param name="Contested">True when the conclusion rests on a disputed legal point or disputed data.</param>
/// <param name="HostStatus">The host's treaty status on the day.</param>
/// <param name="Warrants">The person's warrants with their status on the day.</param>
/// <param name="DecidingWarrant">The warrant the decision rests on, if any.</param>
/// <param name="DataAsOf">The day the underlying data last changed.</param>
public sealed record RiskCheckResponse(
    string Person,
    string PersonName,
    string State,
    string StateName,
    DateOnly Date,
    Obligation Obligation,
    ObligationReason Reason,
    IReadOnlyList<string> LegalBasis,
    string Answer,
    string Explanation,
    IReadOnlyList<string> Caveats,
    bool Contested,
    HostStatusResponse HostStatus,
    IReadOnlyList<WarrantResponse> Warrants,
    string? DecidingWarrant,
    DateOnly DataAsOf);
