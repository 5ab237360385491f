using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Security;

/// <summary>
/// Creates, revokes and checks API keys. Keys are 256 random bits; only their SHA-256 hash is stored.
/// </summary>
public sealed class ApiKeys(IDbContextFactory<TravelRiskDb> dbs, UnitOfWork unit, TimeProvider clock)
{
    const string Prefix = "trk_";

    /// <summary>What a name may be, for messages. The name is recorded in trip revisions as "api:NAME".</summary>
    public const string NameRule = "1 to 100 letters, digits, '.', '_' or '-'";

    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>Every key, active first, by name: names and dates only, never hashes.</summary>
    public async Task<IReadOnlyList<ApiKeySummary>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.ApiKeys.AsNoTracking()
            .OrderBy(k => k.RevokedAtUtc != null).ThenBy(k => k.Name)
            .Select(k => new ApiKeySummary(k.Name, k.CreatedAtUtc, k.RevokedAtUtc))
            .ToListAsync(ct);
    }

    /// <returns>The new key (shown once), or null when an active key already has that name.</returns>
    /// <exception cref="ArgumentException">The name breaks <see cref="NameRule"/>.</exception>
    public async Task<string?> CreateAsync(string name, CancellationToken ct)
    {
        if (!IsValidName(name))
            throw new ArgumentException($"An API key name is {NameRule}.", nameof(name));
        return await unit.WriteAsync(async db =>
        {
            var existing = await db.ApiKeys.SingleOrDefaultAsync(k => k.Name == name, ct);
            if (existing is { RevokedAtUtc: null })
                return null;

            var key = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
            if (existing is not null)
                // a revoked name may be reused; its history lives in trip revisions, by name
                db.ApiKeys.Remove(existing);
            db.ApiKeys.Add(
                new ApiKey { Name = name, KeyHash = Hash(key), CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
            return key;
        }, key => key is not null, ct);
    }

    /// <returns>False when no active key has that name.</returns>
    public async Task<bool> RevokeAsync(string name, CancellationToken ct)
    {
        return await unit.WriteAsync(async db =>
        {
            var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Name == name && k.RevokedAtUtc == null, ct);
            if (key is null)
                return false;
            key.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            return true;
        }, revoked => revoked, ct);
    }

    /// <returns>The name of the active key, or null.</returns>
    public async Task<string?> FindActiveAsync(string key, CancellationToken ct)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 100)
            return null;
        var hash = Hash(key);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.ApiKeys.Where(k => k.KeyHash == hash && k.RevokedAtUtc == null)
            .Select(k => k.Name)
            .SingleOrDefaultAsync(ct);
    }

    static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
