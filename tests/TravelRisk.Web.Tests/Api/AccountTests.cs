using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class AccountTests : IAsyncLifetime
{
    readonly TravelRiskApp _app = new();
    HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _app.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        await Accounts.CreateAsync(_app, "editor@example.org", "Correct-Horse-7", "Editor");
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Login_RightPassword_SetsCookieThatIdentifiesTheUserAndRoles()
    {
        using var login = await Accounts.PostLoginAsync(_client, "editor@example.org", "Correct-Horse-7");

        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/me");
        request.Headers.Add("Cookie", Accounts.AuthCookie(login));
        using var me = await _client.SendAsync(request);
        var body = await me.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("email").GetString().Should().Be("editor@example.org");
        body.GetProperty("roles").EnumerateArray().Select(r => r.GetString())
            .Should().BeEquivalentTo(["Viewer", "Analyst", "Editor"]);
    }

    [Fact]
    public async Task Login_WrongPassword_SaysSoAndSetsNoCookie()
    {
        using var login = await Accounts.PostLoginAsync(_client, "editor@example.org", "wrong");

        login.StatusCode.Should().Be(HttpStatusCode.OK);
        (await login.Content.ReadAsStringAsync()).Should().Contain("The e-mail or password is wrong.");
        var cookies = login.Headers.TryGetValues("Set-Cookie", out var set) ? set : [];
        cookies.Should().NotContain(c => c.StartsWith("travelrisk.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_FiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        for (var i = 0; i < 5; i++)
            (await Accounts.PostLoginAsync(_client, "editor@example.org", "wrong")).Dispose();

        using var login = await Accounts.PostLoginAsync(_client, "editor@example.org", "Correct-Horse-7");

        (await login.Content.ReadAsStringAsync()).Should().Contain("locked for 15 minutes");
    }

    [Fact]
    public async Task Me_NotSignedIn_401Problem()
    {
        using var me = await _client.GetAsync("/account/me");

        me.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UserCreate_FromTheCommandLine_PasswordFromStdin()
    {
        var created = await AppProcess.RunWithInputUntilExitAsync(
            "Another-Pass-9",
            [
                "user", "create", "--email", "admin@example.org", "--role", "Admin", "--password-stdin",
                .. _app.DatabaseArguments
            ]);
        created.ExitCode.Should().Be(0, created.StandardError);
        created.StandardOutput.Should().Contain("Created Admin account admin@example.org.");

        using var login = await Accounts.PostLoginAsync(_client, "admin@example.org", "Another-Pass-9");
        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task UserCreate_WeakPassword_RefusedWithIdentitysRules()
    {
        var outcome = await AppProcess.RunWithInputUntilExitAsync(
            "short",
            [
                "user", "create", "--email", "weak@example.org", "--role", "Analyst", "--password-stdin",
                .. _app.DatabaseArguments
            ]);

        outcome.ExitCode.Should().Be(1);
        outcome.StandardError.Should().Contain("Passwords must be at least 6 characters");
    }
}
