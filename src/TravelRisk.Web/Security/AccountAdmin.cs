using Microsoft.AspNetCore.Identity;

namespace TravelRisk.Web.Security;

/// <summary>Creates accounts: the roles exist first, then the user with its role and the roles below it.</summary>
public sealed class AccountAdmin(UserManager<TravelRiskUser> users, RoleManager<IdentityRole> roles)
{
    public async Task<IdentityResult> CreateAsync(string email, string password, string role)
    {
        if (!Roles.All.Contains(role))
            return IdentityResult.Failed(new IdentityError { Code = "UnknownRole", Description = $"'{role}' is not one of {string.Join(", ", Roles.All)}." });
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
                await roles.CreateAsync(new IdentityRole(name));
        }

        var user = new TravelRiskUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        return created.Succeeded ? await users.AddToRolesAsync(user, Roles.Including(role)) : created;
    }
}
