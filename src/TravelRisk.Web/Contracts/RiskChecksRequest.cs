using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;

namespace TravelRisk.Web.Contracts;

/// <summary>Up to 1,000 risk checks at once (<c>POST /api/v1/risk/checks</c>).</summary>
/// <param name="Queries">The checks, answered in this order.</param>
public sealed record RiskChecksRequest(IReadOnlyList<RiskQuery>? Queries);

/// <summary>One check: a person, a host State and a day, as in <c>GET /api/v1/risk/check</c>.</summary>
/// <param name="Person">The person's slug, e.g. vladimir-putin.</param>
/// <param name="State">The host State's ISO 3166-1 alpha-3 code, e.g. ZAF.</param>
/// <param name="Date">The day, yyyy-MM-dd (default: today).</param>
public sealed record RiskQuery(string? Person, string? State, string? Date);

/// <summary>One answer of a batch: the decision of <c>GET /api/v1/risk/check</c> without its explanation.</summary>
/// <param name="Person">The person's slug.</param>
/// <param name="State">The host's ISO alpha-3 code.</param>
/// <param name="Date">The day assessed.</param>
/// <param name="Obligation">
/// ArrestRequired, SecurityCouncilObligation, Article12_3Declaration, NoTreatyObligation, NotWanted or Undetermined.
/// </param>
/// <param name="Reason">The rule that decided it.</param>
/// <param name="HostStatus">The host's Rome Statute status on the day.</param>
/// <param name="DecidingWarrant">The warrant the decision rests on, if any.</param>
public sealed record RiskCheckSummaryResponse(
    string Person,
    string State,
    DateOnly Date,
    Obligation Obligation,
    ObligationReason Reason,
    StatuteStatus HostStatus,
    string? DecidingWarrant);
