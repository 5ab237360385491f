namespace TravelRisk.Web.Services;

/// <summary>The names a trip request may use, resolved to database keys.</summary>
public sealed record TripLookups(
    IReadOnlyDictionary<string, int> LeaderIds,
    IReadOnlySet<string> CountryCodes,
    IReadOnlyDictionary<string, int> SummitIds);
