using Microsoft.AspNetCore.Identity;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Security;

public static class AccountServices
{
    /// <summary>
    /// ASP.NET Core Identity on the app's store: cookie sign-in for the pages, Identity's password rules, lockout
    /// after 5 failed attempts for 15 minutes. REST writes keep using API keys (<see cref="ApiKeyAuthentication"/>).
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<TravelRiskUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.SignIn.RequireConfirmedAccount = false; // accounts are created by an admin, not by sign-up
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TravelRiskDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "travelrisk.auth";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        // The cookie's roles are refreshed from the database this often, so a role change reaches new page loads
        // within a minute (Identity's default is 30). Writes do not wait for it: CurrentUser asks the database.
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AccountSignIn>();
        services.AddSingleton<AccountAdmin>(); // opens a scope per operation (see AccountAdmin)
        return services;
    }
}
