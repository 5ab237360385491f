using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Services;

/// <summary>
/// What a trip list is narrowed to; every part is optional. Retracted trips are left out unless asked for.
/// </summary>
public sealed record TripFilter(
    int? LeaderId = null,
    string? HostIso3 = null,
    DateOnly? From = null,
    DateOnly? To = null,
    TripStatus? Status = null,
    Obligation? Obligation = null,
    IReadOnlyList<int>? LeaderIds = null,
    int? RepresentativeId = null,
    string? VisitedIso3 = null,
    ReviewState? Review = null,
    bool IncludeRetracted = false,
    bool UndatedOnly = false);
