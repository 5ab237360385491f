using System.Data;
using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Security;

/// <summary>
/// Accounts for the command line and the admin pages: list, create, change role, unlock. Users are never deleted
/// (their names stay in trip revisions); demoting to Viewer takes every right away. Each change runs in a DI scope
/// and a transaction of its own: a Blazor circuit lives for hours and must not keep one UserManager's DbContext
/// (stale tracked users), and a step that fails (say, adding roles after the user was created) leaves nothing written.
/// </summary>
public sealed class AccountAdmin(IServiceScopeFactory scopes, IDbContextFactory<TravelRiskDb> dbs, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.Email, u.LockoutEnd, u.AccessFailedCount })
            .ToListAsync(ct);
        var held = (await db.UserRoles.AsNoTracking()
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(ct))
            .ToLookup(r => r.UserId, r => r.Name);
        // Identity's UserManager reads the system clock for lockouts; TimeProvider is that clock outside tests.
        var now = clock.GetUtcNow();
        return [.. users
            .Select(u =>
                new AccountSummary(
                    u.Id,
                    u.Email ?? "",
                    Roles.All.LastOrDefault(held[u.Id].Contains),
                    u.LockoutEnd > now ? u.LockoutEnd : null,
                    u.AccessFailedCount))
            .OrderBy(a => a.Email, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// Creates an account in <paramref name="role"/> and every role below it; on any error nothing is written.
    /// </summary>
    public Task<IdentityResult> CreateAsync(
        string email,
        string password,
        string role,
        CancellationToken ct = default) =>
        InTransactionAsync(async (users, roles) =>
        {
            if (!Roles.All.Contains(role))
                return UnknownRole(role);
            await EnsureRolesAsync(roles);
            var user = new TravelRiskUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            return created.Succeeded ? await users.AddToRolesAsync(user, Roles.Including(role)) : created;
        }, ct);

    /// <summary>
    /// Gives the user exactly <c>Roles.Including(role)</c>. Refused when an admin would demote themselves (another
    /// admin must, so someone who can undo it is always there) or the last Admin would go (no one could manage
    /// accounts).
    /// </summary>
    /// <param name="actingUserId">The admin making the change; null on the command line.</param>
    public Task<IdentityResult> ChangeRoleAsync(
        string userId,
        string role,
        string? actingUserId,
        CancellationToken ct) =>
        InTransactionAsync(async (users, roles) =>
        {
            if (!Roles.All.Contains(role))
                return UnknownRole(role);
            if (await users.FindByIdAsync(userId) is not { } user)
                return UnknownUser();

            var held = await users.GetRolesAsync(user);
            if (held.Contains(Roles.Admin) && role != Roles.Admin)
            {
                if (userId == actingUserId)
                    return Failed("OwnAdminRole", "You cannot remove your own Admin role: another admin must do it, " +
                        "so that someone who can undo it keeps access.");
                if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1)
                    return Failed("LastAdmin", $"{user.Email} is the last Admin: make another account Admin first, " +
                        "or no one could manage accounts and API keys.");
            }

            await EnsureRolesAsync(roles);
            var target = Roles.Including(role);
            var removed = await users.RemoveFromRolesAsync(user, held.Except(target));
            return removed.Succeeded ? await users.AddToRolesAsync(user, target.Except(held)) : removed;
        }, ct);

    /// <summary>Ends a lockout and forgets the failed attempts, so the user can sign in at once.</summary>
    public Task<IdentityResult> UnlockAsync(string userId, CancellationToken ct) =>
        InTransactionAsync(async (users, _) =>
        {
            if (await users.FindByIdAsync(userId) is not { } user)
                return UnknownUser();
            var unlocked = await users.SetLockoutEndDateAsync(user, null);
            return unlocked.Succeeded ? await users.ResetAccessFailedCountAsync(user) : unlocked;
        }, ct);

    // Serializable, so two admins demoting each other at once cannot both pass the last-Admin check: SQLite lets one
    // writer through at a time, PostgreSQL aborts one of the two; a transient failure is reported as a clash to retry.
    async Task<IdentityResult> InTransactionAsync(
        Func<UserManager<TravelRiskUser>, RoleManager<IdentityRole>, Task<IdentityResult>> change,
        CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<TravelRiskDb>(); // the context the scope's Identity stores use
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            var result = await change(
                services.GetRequiredService<UserManager<TravelRiskUser>>(),
                services.GetRequiredService<RoleManager<IdentityRole>>());
            if (result.Succeeded)
                await transaction.CommitAsync(ct);
            return result;
        }
        catch (Exception e) when (e is DbException { IsTransient: true }
            || e.InnerException is DbException { IsTransient: true })
        {
            return Failed("Clash", "Another change to accounts was made at the same time; nothing was changed. Try " +
                "again.");
        }
    }

    static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
                await roles.CreateAsync(new IdentityRole(name));
        }
    }

    static IdentityResult UnknownRole(string role) =>
        Failed("UnknownRole", $"'{role}' is not one of {string.Join(", ", Roles.All)}.");

    static IdentityResult UnknownUser() => Failed("UnknownUser", "There is no such account.");

    static IdentityResult Failed(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
