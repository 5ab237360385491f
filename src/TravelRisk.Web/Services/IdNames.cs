namespace TravelRisk.Web.Services;

/// <summary>Names for the ids a revision records (people and summits), so a change list can show names.</summary>
public sealed record IdNames(IReadOnlyDictionary<int, string> People, IReadOnlyDictionary<int, string> Summits);
