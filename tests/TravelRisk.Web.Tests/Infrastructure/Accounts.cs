using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Security;

namespace TravelRisk.Web.Tests.Infrastructure;

/// <summary>Accounts for tests: created through Identity, signed in through the real login form.</summary>
public static partial class Accounts
{
    public static async Task CreateAsync(TravelRiskApp app, string email, string password, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateAsync(email, password, role))
            .Succeeded.Should().BeTrue();
    }

    /// <summary>
    /// Posts the login form as a browser would; returns the response (302 with the auth cookie on success).
    /// </summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        using var form = await client.GetAsync("/account/login");
        var html = await form.Content.ReadAsStringAsync();
        var token = TokenInput().Match(html).Groups[1].Value;
        var antiforgeryCookie = form.Headers.GetValues("Set-Cookie")
            .First(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal))
            .Split(';')[0];

        var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        return await client.SendAsync(post);
    }

    /// <summary>The sign-in cookie ("travelrisk.auth=...") a successful login set.</summary>
    public static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie")
            .First(c => c.StartsWith("travelrisk.auth=", StringComparison.Ordinal))
            .Split(';')[0];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
