using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Contracts;

/// <summary>A trip in a list, with its flag: the strongest obligation over its days and legs.</summary>
public sealed record TripSummaryResponse(
    int Id,
    string Slug,
    string Person,
    string PersonName,
    string State,
    string StateName,
    string? Summit,
    DateOnly? StartDate,
    DateOnly? EndDate,
    TripStatus Status,
    string? Representative,
    Confidence Confidence,
    int Revision,
    ReviewState Review,
    Obligation Obligation,
    ObligationReason Reason,
    IReadOnlyList<string> LegalBasis,
    bool Contested,
    DateOnly? DecidingDay,
    string DecidingState);

/// <summary>A page of a list.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
