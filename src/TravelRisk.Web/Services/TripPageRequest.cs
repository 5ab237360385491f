using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Services;

/// <summary>
/// Which trips a page of the list shows: <see cref="SortBy"/> names a <see cref="TripListItem"/> property;
/// <see cref="Retracted"/> lists the retracted trips instead of the standing ones; <see cref="Search"/> matches part
/// of a person's, State's or summit's name or of the trip's public note. <see cref="Person"/> is a slug and
/// <see cref="State"/> an ISO alpha-3 code; <see cref="From"/> and <see cref="To"/> keep trips that overlap them.
/// </summary>
public sealed record TripPageRequest(
    int Skip,
    int Take,
    string? SortBy = null,
    bool Descending = false,
    ReviewState? Review = null,
    bool Retracted = false,
    string? Search = null,
    string? Person = null,
    string? State = null,
    TripStatus? Status = null,
    Obligation? Obligation = null,
    DateOnly? From = null,
    DateOnly? To = null);
