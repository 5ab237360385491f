namespace TravelRisk.Web.Contracts;

/// <summary>A summit or other international meeting, as an analyst records it.</summary>
/// <param name="Name">E.g. "17th BRICS summit".</param>
/// <param name="Series">E.g. BRICS, G20, SCO, CIS, or Other.</param>
/// <param name="Host">The host State's ISO alpha-3 code.</param>
/// <param name="City">Host city, if known.</param>
/// <param name="StartDate">First day; omit while no date is fixed.</param>
/// <param name="EndDate">Last day; never before startDate.</param>
/// <param name="Source">URL of a report or official page announcing it.</param>
/// <param name="Notes">Caveats.</param>
public sealed record SummitRequest(
    string? Name,
    string? Series,
    string? Host,
    string? City,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Source,
    string? Notes);
