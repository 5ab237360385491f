using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Services;

/// <summary>
/// One row of the trip list: what a reader needs to scan the record. Init properties rather than a positional
/// record, so that EF Core can translate sorting on the projection (the grid sorts by these names).
/// </summary>
public sealed record TripListItem
{
    public int Id { get; init; }
    public required string LeaderName { get; init; }
    public required string LeaderSlug { get; init; }
    public required string HostName { get; init; }
    public required string HostIso3 { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public TripStatus Status { get; init; }
    public ReviewState Review { get; init; }
    public string? RetractionReason { get; init; }
    public string? SummitName { get; init; }
    public string? RepresentativeName { get; init; }

    /// <summary>
    /// What the host had to do (for a trip not made in person: would have had to), from the rules; not stored.
    /// </summary>
    public Obligation Obligation { get; init; } = Obligation.Undetermined;
}
