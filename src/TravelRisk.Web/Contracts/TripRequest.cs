using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Contracts;

/// <summary>
/// A trip as a client writes it (POST creates, PUT replaces). People, States and summits are named by slug or ISO code.
/// </summary>
/// <param name="Leader">The traveller's slug, e.g. vladimir-putin.</param>
/// <param name="Host">The host State's ISO alpha-3 code.</param>
/// <param name="Summit">The summit's slug, if the trip was for one.</param>
/// <param name="StartDate">First day (yyyy-MM-dd); omit when unknown.</param>
/// <param name="EndDate">Last day; omit when unknown; never before startDate.</param>
/// <param name="Status">Planned, Reported, Cancelled, Virtual or Delegated.</param>
/// <param name="Representative">Who went instead: required for Delegated, refused otherwise.</param>
/// <param name="Confidence">Low, Medium or High.</param>
/// <param name="Notes">Caveats (at most 4,000 characters).</param>
/// <param name="Legs">Further visits, transit stops and overflights.</param>
/// <param name="Sources">At least one report the trip rests on.</param>
/// <param name="InternalNotes">Staff-only research notes (at most 4,000 characters), never published: returned to API-key and staff callers only. PUT replaces it like every other field: send back what you read.</param>
public sealed record TripRequest(
    string? Leader,
    string? Host,
    string? Summit,
    DateOnly? StartDate,
    DateOnly? EndDate,
    TripStatus? Status,
    string? Representative,
    Confidence? Confidence,
    string? Notes,
    IReadOnlyList<LegRequest>? Legs,
    IReadOnlyList<SourceRequest>? Sources,
    string? InternalNotes = null);

/// <summary>A further country on a trip.</summary>
/// <param name="InternalNotes">Staff-only research notes on the leg; never published.</param>
public sealed record LegRequest(
    LegKind? Kind,
    string? Country,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Source,
    string? Notes,
    string? InternalNotes = null);

/// <summary>A report a trip rests on.</summary>
/// <param name="Url">Where it can be read (http or https).</param>
/// <param name="Outlet">Who published it, e.g. Reuters.</param>
/// <param name="PublishedOn">Publication date.</param>
/// <param name="Quote">A short quote supporting the record (at most 1,000 characters).</param>
public sealed record SourceRequest(string? Url, string? Outlet, DateOnly? PublishedOn, string? Quote);

/// <summary>Records that a trip did not happen as planned.</summary>
/// <param name="Reason">Why, in words (required).</param>
/// <param name="Source">The report saying so (required).</param>
/// <param name="Representative">
/// The slug of the person sent instead, if any: the trip becomes Delegated rather than Cancelled.
/// </param>
/// <param name="Virtual">True when the leader took part by video: the trip becomes Virtual.</param>
public sealed record CancellationRequest(
    string? Reason,
    SourceRequest? Source,
    string? Representative,
    bool Virtual = false);
