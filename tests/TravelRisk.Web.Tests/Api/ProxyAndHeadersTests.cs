using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// Security headers on every response, and X-Forwarded-* believed only from trusted proxies (docs/deploy.md).
/// </summary>
public class ProxyAndHeadersTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task Page_NosniffReferrerPolicyAndScriptSelfCsp()
    {
        using var response = await seeded.Client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("same-origin");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("script-src 'self';").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-eval");
        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse("HSTS is sent over https only");
    }

    [Fact]
    public async Task Api_NosniffWithoutPageCsp()
    {
        using var response = await seeded.Client.GetAsync("/api/v1/ping");

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.Contains("Content-Security-Policy").Should().BeFalse();
    }

    [Fact]
    public async Task OverHttps_Hsts()
    {
        using var client = seeded.App.CreateClient(new() { BaseAddress = new Uri("https://travelrisk.example.org/") });

        using var response = await client.GetAsync("/api/v1/ping");

        response.Headers.GetValues("Strict-Transport-Security").Single().Should().Contain("max-age=31536000");
    }

    /// <summary>
    /// The app on a real socket, where the client is 127.0.0.1 (in-process test servers have no address).
    /// </summary>
    static (TravelRiskApp App, HttpClient Client) Listening(string? trustedProxy)
    {
        var app = new TravelRiskApp().With("RateLimits:ReadsPerMinute", "2");
        if (trustedProxy is not null)
            app.With("ForwardedHeaders:KnownProxies:0", trustedProxy);
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return (app, new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(address) });
    }

    static async Task<HttpStatusCode[]> ReadsFromThreeClientsAsync(HttpClient client)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var forwardedFor in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/leaders");
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }
        return [.. statuses];
    }

    static async Task<string> AntiforgeryCookieOverForwardedHttpsAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return response.Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FromTrustedProxy_RealClientAddressAndHttps()
    {
        var (app, client) = Listening(trustedProxy: null); // default: this machine's proxy (loopback) is trusted
        await using (app)
        using (client)
        {
            (await ReadsFromThreeClientsAsync(client)).Should()
                .AllBeEquivalentTo(HttpStatusCode.OK, "each forwarded client has its own limit");
            (await AntiforgeryCookieOverForwardedHttpsAsync(client)).Should().Contain("secure");
        }
    }

    [Fact]
    public async Task FromUntrustedAddress_ForwardedHeadersIgnored()
    {
        // only that proxy: 127.0.0.1 is a client like any other
        var (app, client) = Listening(trustedProxy: "10.9.9.9");
        await using (app)
        using (client)
        {
            (await ReadsFromThreeClientsAsync(client)).Should()
                .Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
            (await AntiforgeryCookieOverForwardedHttpsAsync(client)).Should().NotContain("secure");
        }
    }
}
