using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

using TravelRisk.Web.Data;

namespace TravelRisk.Web.Security;

/// <summary>
/// The signed-in user of a Blazor circuit. Pages are guarded by [Authorize], but a circuit keeps the roles it
/// started with for hours, so every write asks the database whether the account still holds the role and is not
/// locked out, before it calls the writer.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, IServiceScopeFactory scopes)
{
    /// <summary>
    /// The user's name (their e-mail, recorded as the actor of a change) if they hold <paramref name="role"/> now;
    /// else null.
    /// </summary>
    public async Task<string?> NameIfInRoleAsync(string role)
    {
        var principal = (await authentication.GetAuthenticationStateAsync()).User;
        if (principal.Identity is not { IsAuthenticated: true, Name: { } name })
            return null;

        // A scope of its own: the circuit's scope lives as long as the page, too long to hold a database context.
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TravelRiskUser>>();
        return await users.FindByNameAsync(name) is { } user
            && !await users.IsLockedOutAsync(user)
            && await users.IsInRoleAsync(user, role)
            ? name
            : null;
    }
}
