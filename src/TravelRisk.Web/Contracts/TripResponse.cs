using System.Text.Json.Serialization;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Contracts;

/// <summary>
/// A trip in full: legs, sources, status history and its assessment. A retracted trip is still served here, with
/// <c>RetractionReason</c> set, but no longer appears in lists, exports or maps. <c>Notes</c> is the public note;
/// <c>InternalNotes</c> (staff research notes) is present only for an API-key or staff caller, and absent otherwise.
/// </summary>
public sealed record TripResponse(
    int Id,
    string Slug,
    string Person,
    string PersonName,
    string State,
    string StateName,
    string? Summit,
    string? SummitName,
    DateOnly? StartDate,
    DateOnly? EndDate,
    TripStatus Status,
    string? Representative,
    string? RepresentativeName,
    Confidence Confidence,
    string? Notes,
    int Revision,
    ReviewState Review,
    string? RetractionReason,
    IReadOnlyList<LegResponse> Legs,
    IReadOnlyList<SourceResponse> Sources,
    IReadOnlyList<StatusChangeResponse> StatusHistory,
    TripRiskResponse Assessment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? InternalNotes = null);

/// <summary>A further country on a trip.</summary>
public sealed record LegResponse(
    LegKind Kind,
    string Country,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Source,
    string? Notes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? InternalNotes = null);

/// <summary>A report a trip rests on.</summary>
public sealed record SourceResponse(string? Url, string Outlet, DateOnly? PublishedOn, string? Quote);

/// <summary>When the trip's status was set, by whom, from which revision.</summary>
public sealed record StatusChangeResponse(
    TripStatus Status,
    DateTime ChangedAtUtc,
    string Actor,
    int Revision,
    string Summary);
