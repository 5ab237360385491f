using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Security;
using TravelRisk.Web.Services;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// Who sees the e-mail addresses of the staff behind a change (Analysts and above; a Viewer is an anonymous
/// reader), and pages for things that do not exist answering 404 with their own helpful text.
/// </summary>
public class PrivacyAndNotFoundPagesTests : IAsyncLifetime
{
    const string Password = "Correct-Horse-7";
    const string Author = "author@example.org";
    readonly TravelRiskApp _app = new();
    HttpClient _client = null!;
    int _tripId;

    public async Task InitializeAsync()
    {
        _client = _app.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        await Accounts.CreateAsync(_app, "viewer@example.org", Password, Roles.Viewer);
        await Accounts.CreateAsync(_app, "analyst@example.org", Password, Roles.Analyst);
        var request = TripRequests.PlannedKazakhstanVisit("Expected.");
        var result = await _app.Services.GetRequiredService<TripWriter>()
            .CreateAsync(request, Author, CancellationToken.None);
        _tripId = result.Trip!.Id;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    async Task<(HttpStatusCode Status, string Html)> GetAsync(string url, string? signedInAs = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (signedInAs is not null)
        {
            using var login = await Accounts.PostLoginAsync(_client, signedInAs, Password);
            request.Headers.Add("Cookie", Accounts.AuthCookie(login));
        }
        using var response = await _client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("viewer@example.org", false)]
    [InlineData("analyst@example.org", true)]
    public async Task TripHistoryAndRecentChanges_StaffEmailOnlyForAnalystsAndAbove(string? reader, bool seesEmail)
    {
        var (status, trip) = await GetAsync($"/trips/{_tripId}", reader);
        var (_, changes) = await GetAsync("/changes", reader);

        status.Should().Be(HttpStatusCode.OK);
        foreach (var page in new[] { trip, changes })
        {
            if (seesEmail)
                page.Should().Contain(Author);
            else
                page.Should().NotContain(Author).And.Contain(ActorNames.Team);
        }
    }

    [Theory]
    [InlineData("/trips/999999")]
    [InlineData("/leaders/nobody-at-all")]
    [InlineData("/states/XXX")]
    [InlineData("/no-such-page")]
    public async Task UnknownTripPersonOrState_404WithTheHelpfulPage(string url)
    {
        var (status, html) = await GetAsync(url);

        status.Should().Be(HttpStatusCode.NotFound);
        html.Should()
            .Contain("<h1>Not found</h1>")
            .And.Contain("href=\"/trips\"")
            .And.Contain("href=\"/leaders\"")
            .And.Contain("href=\"/states\"");
    }

    [Theory]
    [InlineData("/leaders/vladimir-putin")]
    [InlineData("/states/ZAF")]
    public async Task KnownPersonOrState_200(string url)
    {
        (await GetAsync(url)).Status.Should().Be(HttpStatusCode.OK);
        (await GetAsync($"/trips/{_tripId}")).Status.Should().Be(HttpStatusCode.OK);
    }
}
