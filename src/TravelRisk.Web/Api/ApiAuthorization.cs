using TravelRisk.Web.Security;

namespace TravelRisk.Web.Api;

/// <summary>The API's authorization policies.</summary>
public static class ApiAuthorization
{
    /// <summary>Writes need a valid, unrevoked API key.</summary>
    public const string Writer = "ApiWriter";

    public static IServiceCollection AddApiAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeys>();
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(
                ApiKeyAuthentication.SchemeName,
                null);
        services.AddAuthorizationBuilder()
            .AddPolicy(
                Writer,
                policy => policy.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser());
        return services;
    }
}
