namespace TravelRisk.Web.Data;

/// <summary>
/// A key REST clients send in X-Api-Key to write. Only its SHA-256 hash is stored; the key itself is shown once,
/// when created (from the command line or /admin/api-keys).
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string KeyHash { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
}
