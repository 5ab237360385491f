using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Security;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// The admin pages over HTTP, signed in through the real login form: who gets in, and what the first render shows.
/// </summary>
public class AdminPagesTests : IAsyncLifetime
{
    const string Password = "Correct-Horse-7";
    readonly TravelRiskApp _app = new();
    HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _app.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        await Accounts.CreateAsync(_app, "admin@example.org", Password, Roles.Admin);
        await Accounts.CreateAsync(_app, "analyst@example.org", Password, Roles.Analyst);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    async Task<HttpResponseMessage> GetAsync(string url, string? signedInAs)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (signedInAs is not null)
        {
            using var login = await Accounts.PostLoginAsync(_client, signedInAs, Password);
            request.Headers.Add("Cookie", Accounts.AuthCookie(login));
        }
        return await _client.SendAsync(request);
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/api-keys")]
    public async Task Anonymous_SentToSignInAndBackAfterwards(string url)
    {
        using var response = await GetAsync(url, signedInAs: null);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be("/account/login");
        Uri.UnescapeDataString(response.Headers.Location.Query).Should().Be($"?ReturnUrl={url}");
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/api-keys")]
    public async Task Analyst_SentToNotAllowed(string url)
    {
        using var response = await GetAsync(url, "analyst@example.org");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be("/account/denied");
    }

    [Fact]
    public async Task Admin_UsersPage_ListsEveryAccountWithItsRole()
    {
        using var response = await GetAsync("/admin/users", "admin@example.org");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<h1>Accounts</h1>").And.Contain("admin@example.org").And.Contain("analyst@example.org");
        html.Should().Contain("New account").And.NotContain("Delete");
    }

    [Fact]
    public async Task Admin_ApiKeysPage_ListsKeysButNeverTheirHashes()
    {
        await _app.Services.GetRequiredService<ApiKeys>().CreateAsync("newsroom", CancellationToken.None);
        var hash = await _app.QueryAsync(db => db.ApiKeys.Select(k => k.KeyHash).SingleAsync());

        using var response = await GetAsync("/admin/api-keys", "admin@example.org");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<h1>API keys</h1>").And.Contain("newsroom").And.Contain("Active");
        html.Should().NotContain(hash);
    }

    [Theory]
    [InlineData("admin@example.org", true)]
    [InlineData("analyst@example.org", false)]
    [InlineData(null, false)]
    public async Task Sidebar_AdminSectionOnlyForAdmins(string? signedInAs, bool shown)
    {
        using var response = await GetAsync("/trips", signedInAs);

        var html = await response.Content.ReadAsStringAsync();
        html.Contains("href=\"/admin/users\"", StringComparison.Ordinal).Should().Be(shown);
        html.Contains("href=\"/admin/api-keys\"", StringComparison.Ordinal).Should().Be(shown);
    }
}
