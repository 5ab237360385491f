namespace TravelRisk.Web.Contracts;

/// <summary>A person of interest and their public ICC arrest warrants (status as of today).</summary>
public sealed record PersonResponse(
    string Slug,
    string Name,
    string? Nationality,
    IReadOnlyList<WarrantResponse> Warrants);
