namespace TravelRisk.Web.Security;

/// <summary>An account as the admin page lists it.</summary>
/// <param name="Role">The highest role held, or null when the account holds none.</param>
/// <param name="LockedOutUntil">When a current lockout ends; null when the account is not locked out.</param>
/// <param name="FailedAttempts">
/// Failed sign-ins since the last success or lockout (Identity resets it at lockout).
/// </param>
public sealed record AccountSummary(
    string Id,
    string Email,
    string? Role,
    DateTimeOffset? LockedOutUntil,
    int FailedAttempts);
