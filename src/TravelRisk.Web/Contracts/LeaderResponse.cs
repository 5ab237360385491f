namespace TravelRisk.Web.Contracts;

/// <summary>A person of interest in a list.</summary>
public sealed record LeaderResponse(
    string Slug,
    string Name,
    string? Nationality,
    string? Wikidata,
    bool Wanted,
    int Warrants,
    string Source);

/// <summary>A person in full: positions held, warrants, and their trips counted by obligation.</summary>
public sealed record LeaderDetailResponse(
    string Slug,
    string Name,
    string? Nationality,
    string? Wikidata,
    bool Wanted,
    string Source,
    string? Notes,
    IReadOnlyList<PositionResponse> Positions,
    IReadOnlyList<WarrantResponse> Warrants,
    IReadOnlyDictionary<string, int> TripsByObligation);

/// <summary>An office held.</summary>
public sealed record PositionResponse(
    string Title,
    string? Country,
    DateOnly? StartedOn,
    DateOnly? EndedOn,
    string Source);

/// <summary>An ICC situation.</summary>
public sealed record SituationResponse(
    string Code,
    string Name,
    string? Number,
    IReadOnlyList<string> Territory,
    Domain.Cases.ReferralKind ReferralKind,
    DateOnly? ReferredOn,
    string? ReferredBy,
    string? Resolution,
    IReadOnlyList<string> BoundStates,
    DateOnly? PreliminaryExaminationOpenedOn,
    DateOnly? InvestigationOpenedOn,
    DateOnly? CrimesFrom,
    string Source,
    string? Notes);

/// <summary>A warrant with the person it names.</summary>
public sealed record WarrantListResponse(
    string Id,
    string Person,
    string PersonName,
    string Situation,
    string? CaseNumber,
    DateOnly? IssuedOn,
    DateOnly? PublicOn,
    Domain.Cases.WarrantStatus? Status,
    string Source);

/// <summary>A summit and, for each person wanted on its first day, what its host would have to do.</summary>
public sealed record SummitResponse(
    string Slug,
    string Name,
    string Series,
    string Host,
    string HostName,
    string? City,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string Source,
    IReadOnlyList<SummitObligationResponse> Obligations);

/// <summary>The host's obligation toward one wanted person on the summit's first day.</summary>
public sealed record SummitObligationResponse(
    string Person,
    string PersonName,
    Domain.Rules.Obligation Obligation,
    Domain.Rules.ObligationReason Reason);
