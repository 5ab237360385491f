using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Services;

/// <summary>
/// Which trips a page of the list shows: <see cref="SortBy"/> names a <see cref="TripListItem"/> property;
/// <see cref="Review"/> narrows to one review state; <see cref="Retracted"/> lists the retracted trips instead of
/// the standing ones; <see cref="Search"/> matches part of the leader's or host's name.
/// </summary>
public sealed record TripPageRequest(int Skip, int Take, string? SortBy = null, bool Descending = false, ReviewState? Review = null, bool Retracted = false, string? Search = null);
