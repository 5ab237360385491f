using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace TravelRisk.Web.Security;

/// <summary>
/// Behind a reverse proxy (docs/deploy.md): X-Forwarded-For and -Proto are believed only from the proxies listed in
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR); with neither set,
/// only from this machine (loopback), ASP.NET Core's default. Then the client's address (rate limits) and https
/// (Secure cookies, HSTS) are the real ones. Every response carries nosniff and a Referrer-Policy; pages carry a
/// Content-Security-Policy that allows only this site's scripts (Blazor Server and MudBlazor need no eval; MudBlazor
/// sets style attributes, hence style-src 'unsafe-inline').
/// </summary>
public static class ProxyAndHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src " +
        "'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddProxyAndHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = configuration.GetValue("ForwardedHeaders:ForwardLimit", 1);
            if (proxies.Length + networks.Length == 0)
                return; // loopback only
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
                forwarded.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                    : throw new StartupException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
            foreach (var network in networks)
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed
                    : throw new StartupException($"ForwardedHeaders:KnownNetworks: '{network}' is not a CIDR network " +
                        "such as 10.0.0.0/24."));
        });
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        // Antiforgery's cookie is not Secure by default; the auth cookie already follows the request.
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>First in the pipeline, so everything after sees the real client and scheme.</summary>
    public static WebApplication UseProxyAndHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseHsts(); // sent only over https, and never for localhost
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                if (!context.Request.Path.StartsWithSegments("/api")
                    && !context.Request.Path.StartsWithSegments("/swagger"))
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
