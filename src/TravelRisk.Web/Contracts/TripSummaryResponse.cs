using System.Text.Json.Serialization;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Contracts;

/// <summary>A trip in a list, with its flag: the strongest obligation over its days and legs.</summary>
/// <param name="Risk">
/// The trip's whole assessment, as GET /api/v1/trips/{id}/risk gives it: only with include=risk.
/// </param>
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
    string DecidingState,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TripRiskResponse? Risk = null);

/// <summary>A page of a list.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
