namespace TravelRisk.Web.Services.Export;

/// <summary>
/// One FollowTheMoney entity: an id stable across exports, a schema of the FtM model (Person, Sanction, Position,
/// Occupancy, Event) and multi-valued properties, as the FtM JSON lines format writes them.
/// </summary>
public sealed record FtmEntity(string Id, string Schema, IReadOnlyDictionary<string, IReadOnlyList<string>> Properties);
