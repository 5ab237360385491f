using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Services;

/// <summary>One row of the trip list: what a reader needs to scan the record.</summary>
public sealed record TripListItem(
    int Id,
    string LeaderName,
    string LeaderSlug,
    string HostName,
    string HostIso3,
    DateOnly? StartDate,
    DateOnly? EndDate,
    TripStatus Status,
    string? SummitName,
    string? RepresentativeName);
