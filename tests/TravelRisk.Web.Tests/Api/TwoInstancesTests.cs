using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Security;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// Two instances of the app on one database, as behind a load balancer (run on PostgreSQL by tests/run.sh).
/// </summary>
public class TwoInstancesTests : IAsyncLifetime
{
    readonly TravelRiskApp _first = new();
    TravelRiskApp _second = null!;
    HttpClient _a = null!, _b = null!;
    string _key = "";

    public async Task InitializeAsync()
    {
        _a = _first.CreateClient();
        _second = new TravelRiskApp(shareDatabaseWith: _first);
        _b = _second.CreateClient();
        _key = (await _first.Services.GetRequiredService<ApiKeys>().CreateAsync("shared", CancellationToken.None))!;
    }

    public async Task DisposeAsync()
    {
        _a.Dispose();
        _b.Dispose();
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    HttpRequestMessage Write(HttpMethod method, string url, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url)
        {
            Content = JsonContent.Create(body, options: HttpAssertions.Json)
        };
        request.Headers.Add("X-Api-Key", _key);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    static object Trip(string host) => new
    {
        leader = "vladimir-putin",
        host,
        startDate = "2026-12-10",
        status = "Planned",
        confidence = "Low",
        sources = new[]
        {
            new
            {
                url = "https://example.org/plan",
                outlet = "Example",
                publishedOn = "2026-11-20",
                quote = "He plans to come."
            }
        },
    };

    [Fact]
    public async Task TripWrittenThroughOne_IsReadThroughTheOther()
    {
        using var created = await _a.SendAsync(Write(HttpMethod.Post, "/api/v1/trips", Trip("KAZ")));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var trip = (await created.Content.ReadFromJsonAsync<TripResponse>(HttpAssertions.Json))!;

        var read = await _b.OkJsonAsync<TripResponse>($"/api/v1/trips/{trip.Id}");

        (read.Slug, read.State, read.Revision).Should().Be((trip.Slug, "KAZ", 1));
    }

    [Fact]
    public async Task ConflictingEditsThroughBoth_SecondIsRefused()
    {
        using var created = await _a.SendAsync(Write(HttpMethod.Post, "/api/v1/trips", Trip("KAZ")));
        var trip = (await created.Content.ReadFromJsonAsync<TripResponse>(HttpAssertions.Json))!;
        var etag = created.Headers.ETag!.Tag;

        using var first = await _a.SendAsync(Write(HttpMethod.Put, $"/api/v1/trips/{trip.Id}", Trip("TJK"), etag));
        using var second = await _b.SendAsync(Write(HttpMethod.Put, $"/api/v1/trips/{trip.Id}", Trip("UZB"), etag));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await second.Content.ReadAsStringAsync()).Should().Contain("host: 'KAZ' → 'TJK'");
        (await _b.OkJsonAsync<TripResponse>($"/api/v1/trips/{trip.Id}")).State.Should().Be("TJK");
    }

    [Fact]
    public async Task LoginMadeOnOne_IsAcceptedByTheOther()
    {
        await Accounts.CreateAsync(_first, "analyst@example.org", "Correct-Horse-7", "Analyst");
        using var a = _first.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false
        });
        using var login = await Accounts.PostLoginAsync(a, "analyst@example.org", "Correct-Horse-7");
        login.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var request = new HttpRequestMessage(HttpMethod.Get, "/account/me");
        request.Headers.Add("Cookie", Accounts.AuthCookie(login));
        using var me = await _b.SendAsync(request);

        me.StatusCode.Should().Be(
            HttpStatusCode.OK,
            "the second instance reads the first one's cookie with the shared key ring");
        (await me.Content.ReadAsStringAsync()).Should().Contain("analyst@example.org");
    }

    [Fact]
    public void CookieProtectedByOne_IsReadByTheOther()
    {
        // Login cookies and antiforgery tokens are data-protected; the key ring lives in the shared database.
        var protectedByFirst = _first.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Authentication.Cookies")
            .Protect("a login ticket");

        var readBySecond = _second.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Authentication.Cookies")
            .Unprotect(protectedByFirst);

        readBySecond.Should().Be("a login ticket");
    }
}
