namespace TravelRisk.Web.Security;

/// <summary>An API key as the admin page lists it: never its hash.</summary>
public sealed record ApiKeySummary(string Name, DateTime CreatedAtUtc, DateTime? RevokedAtUtc);
