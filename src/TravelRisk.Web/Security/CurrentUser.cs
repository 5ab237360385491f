using Microsoft.AspNetCore.Components.Authorization;

namespace TravelRisk.Web.Security;

/// <summary>
/// The signed-in user of a Blazor circuit. Pages are guarded by [Authorize], but a circuit outlives a role
/// change, so every write asks again here before it calls the writer.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    /// <summary>The user's name (their e-mail, recorded as the actor of a change) if they hold <paramref name="role"/>; else null.</summary>
    public async Task<string?> NameIfInRoleAsync(string role)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return user.Identity?.IsAuthenticated == true && user.IsInRole(role) ? user.Identity.Name : null;
    }
}
