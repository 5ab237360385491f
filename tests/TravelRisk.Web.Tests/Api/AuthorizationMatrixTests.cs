using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>One app with an account per role, signed in through the real login form.</summary>
public sealed class RolesApp : IAsyncLifetime
{
    public const string Password = "Correct-Horse-7";

    public TravelRiskApp App { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The sign-in cookie of each role's account; none for "Anonymous".</summary>
    public Dictionary<string, string?> Cookies { get; } = new() { ["Anonymous"] = null };

    public int TripId { get; private set; }

    public async Task InitializeAsync()
    {
        Client = App.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        foreach (var role in Web.Security.Roles.All)
        {
            var email = $"{role.ToLowerInvariant()}@example.org";
            await Accounts.CreateAsync(App, email, Password, role);
            using var login = await Accounts.PostLoginAsync(Client, email, Password);
            Cookies[role] = Accounts.AuthCookie(login);
        }
        TripId = await App.QueryAsync(db => db.Trips.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string role)
    {
        var request = new HttpRequestMessage(
            method,
            path.Replace(
                "{trip}",
                TripId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                StringComparison.Ordinal));
        if (Cookies[role] is { } cookie)
            request.Headers.Add("Cookie", cookie);
        if (method != HttpMethod.Get)
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        return await Client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>
/// Every page and endpoint, for anonymous visitors and each role: browsing is open to all, the analysts' forms
/// need Analyst, the account pages need Admin, and REST writes need an API key whatever the signed-in role.
/// </summary>
public class AuthorizationMatrixTests(RolesApp roles) : IClassFixture<RolesApp>
{
    public static readonly string[] Everyone = ["Anonymous", "Viewer", "Analyst", "Editor", "Admin"];

    public static readonly string[] PublicPages =
    [
        "/", "/timeline", "/map", "/trips", "/trips/{trip}", "/leaders", "/leaders/vladimir-putin", "/states",
        "/states/ZAF",
        "/account/login", "/swagger/index.html", "/changes",
    ];

    public static readonly string[] AnalystPages =
        ["/trips/new", "/trips/{trip}/edit", "/trips/{trip}/cancel", "/trips/{trip}/sources/new", "/summits/new"];

    public static readonly string[] AdminPages = ["/admin/users", "/admin/api-keys"];

    public static readonly string[] PublicEndpoints =
    [
        "/api/v1/trips", "/api/v1/trips/{trip}", "/api/v1/trips/{trip}/risk", "/api/v1/people?q=putin",
        "/api/v1/risk/check?person=vladimir-putin&state=ZAF&date=2023-08-22",
        "/api/v1/risk/map?person=vladimir-putin&date=2023-08-22", "/api/v1/states", "/api/v1/states/ZAF",
        "/api/v1/leaders", "/api/v1/leaders/vladimir-putin",
        "/api/v1/warrants", "/api/v1/situations", "/api/v1/summits", "/api/v1/export/trips.csv",
        "/api/v1/export/trips.json", "/api/v1/feed.atom",
        "/api/v1/calendar.ics", "/health", "/swagger/v1/swagger.json",
    ];

    public static readonly (string Method, string Path)[] ApiWrites =
    [
        ("POST", "/api/v1/trips"), ("PUT", "/api/v1/trips/{trip}"), ("POST", "/api/v1/trips/{trip}/cancellation"),
        ("POST", "/api/v1/trips/{trip}/sources"), ("POST", "/api/v1/summits"),
    ];

    public static TheoryData<string, string> PublicPageCases() => Cases(PublicPages);
    public static TheoryData<string, string> AnalystPageCases() => Cases(AnalystPages);
    public static TheoryData<string, string> AdminPageCases() => Cases(AdminPages);
    public static TheoryData<string, string> PublicEndpointCases() => Cases(PublicEndpoints);

    public static TheoryData<string, string, string> ApiWriteCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (method, path) in ApiWrites)
            foreach (var role in Everyone)
                data.Add(method, path, role);
        return data;
    }

    static TheoryData<string, string> Cases(string[] paths)
    {
        var data = new TheoryData<string, string>();
        foreach (var path in paths)
            foreach (var role in Everyone)
                data.Add(path, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(PublicPageCases))]
    public async Task PublicPage_OpenToEveryone(string path, string role)
    {
        using var response = await roles.SendAsync(HttpMethod.Get, path, role);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(AnalystPageCases))]
    public async Task AnalystPage_AnonymousSignsIn_ViewerDenied_AnalystAndAboveServed(string path, string role)
    {
        using var response = await roles.SendAsync(HttpMethod.Get, path, role);

        switch (role)
        {
            case "Anonymous":
                response.StatusCode.Should().Be(HttpStatusCode.Redirect);
                response.Headers.Location!.ToString().Should().Contain("/account/login");
                break;
            case "Viewer":
                response.StatusCode.Should().Be(HttpStatusCode.Redirect);
                response.Headers.Location!.ToString().Should().Contain("/account/denied");
                break;
            default:
                response.StatusCode.Should().Be(HttpStatusCode.OK);
                (await response.Content.ReadAsStringAsync()).Should().Contain("<h1");
                break;
        }
    }

    [Theory]
    [MemberData(nameof(AdminPageCases))]
    public async Task AdminPage_AnonymousSignsIn_OthersDenied_AdminServed(string path, string role)
    {
        using var response = await roles.SendAsync(HttpMethod.Get, path, role);

        if (role == "Admin")
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        else
        {
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().Should()
                .Contain(role == "Anonymous" ? "/account/login" : "/account/denied");
        }
    }

    [Theory]
    [MemberData(nameof(PublicEndpointCases))]
    public async Task ReadEndpoint_OpenToEveryone(string path, string role)
    {
        using var response = await roles.SendAsync(HttpMethod.Get, path, role);

        response.StatusCode.Should().Be(HttpStatusCode.OK, path);
    }

    [Theory]
    [MemberData(nameof(ApiWriteCases))]
    public async Task ApiWrite_NeedsAnApiKey_ASignInCookieIsNotEnough(string method, string path, string role)
    {
        var before = await roles.App.QueryAsync(db => db.TripRevisions.CountAsync());

        using var response = await roles.SendAsync(new HttpMethod(method), path, role);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await roles.App.QueryAsync(db => db.TripRevisions.CountAsync())).Should().Be(before);
    }

    [Theory]
    [InlineData("Anonymous", false, false)]
    [InlineData("Viewer", false, false)]
    [InlineData("Analyst", true, false)]
    [InlineData("Editor", true, true)]
    [InlineData("Admin", true, true)]
    public async Task TripPage_ShowsEachRoleOnlyTheActionsItMayTake(
        string role,
        bool analystActions,
        bool editorActions)
    {
        using var response = await roles.SendAsync(HttpMethod.Get, "/trips/{trip}", role);
        var html = await response.Content.ReadAsStringAsync();

        html.Contains("data-testid=\"edit\"", StringComparison.Ordinal).Should().Be(analystActions);
        html.Contains("data-testid=\"add-source\"", StringComparison.Ordinal).Should().Be(analystActions);
        html.Contains("data-testid=\"retract\"", StringComparison.Ordinal).Should().Be(editorActions);
        html.Contains("data-testid=\"restore-", StringComparison.Ordinal).Should()
            .Be(false, "the seeded trip has a single revision, so nothing to restore");
    }

    [Theory]
    [InlineData("Anonymous", HttpStatusCode.Unauthorized)]
    [InlineData("Viewer", HttpStatusCode.OK)]
    [InlineData("Admin", HttpStatusCode.OK)]
    public async Task Me_NeedsASignIn(string role, HttpStatusCode expected)
    {
        using var response = await roles.SendAsync(HttpMethod.Get, "/account/me", role);

        response.StatusCode.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Logout_WithoutTheFormsAntiforgeryToken_Refused(string role)
    {
        using var response = await roles.SendAsync(HttpMethod.Post, "/account/logout", role);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    public static TheoryData<string> Roles() => [.. Everyone];
}
