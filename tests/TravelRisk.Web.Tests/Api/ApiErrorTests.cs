using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Api;
using TravelRisk.Web.Security;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// Every error under /api is application/problem+json, whatever the client's Accept, body or Content-Type.
/// </summary>
public class ApiErrorTests(WriterApp writer) : IClassFixture<WriterApp>
{
    readonly HttpClient _client = writer.Client;
    readonly string _key = writer.Key;

    HttpRequestMessage Post(string url, HttpContent? content, string? accept = null, bool key = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (key)
            request.Headers.Add("X-Api-Key", _key);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", body);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        problem.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        problem.TryGetProperty("traceId", out var traceId).Should().BeTrue(body);
        traceId.GetString().Should().NotBeNullOrEmpty();
        return problem;
    }

    Task<int> TripCountAsync() => writer.App.QueryAsync(db => db.Trips.CountAsync());

    [Fact]
    public async Task ALongBadValue_IsEchoedAsAShortPrefix_NotWhole()
    {
        var state = new string('Q', 5_000);

        using var response = await _client.GetAsync($"/api/v1/risk/check?person=vladimir-putin&state={state}");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("state")[0].GetString();
        message.Should().Be($"'{new string('Q', 40)}…' (5000 characters) is not an ISO 3166-1 alpha-3 code "
            + "(three letters, e.g. ZAF).");
    }

    [Fact]
    public async Task Unauthorized_AcceptHtml_Still401Problem()
    {
        using var response = await _client.SendAsync(
            Post("/api/v1/trips", JsonContent.Create(new { }), accept: "text/html", key: false));

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TooManyReads_AcceptHtml_429Problem()
    {
        await using var app = new TravelRiskApp().With("RateLimits:ReadsPerMinute", "1");
        using var client = app.CreateClient();
        async Task<HttpResponseMessage> ReadAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/states");
            request.Headers.TryAddWithoutValidation("Accept", "text/html");
            return await client.SendAsync(request);
        }

        using var first = await ReadAsync();
        using var second = await ReadAsync();

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        await ProblemAsync(second, HttpStatusCode.TooManyRequests);
        second.Headers.RetryAfter.Should().NotBeNull();
    }

    [Fact]
    public async Task BodyOverTheLimit_413ProblemAndNothingWritten()
    {
        var before = await TripCountAsync();
        var huge = "{\"notes\":\"" + new string('a', (int)ApiRequestLimits.MaxBodyBytes) + "\"}";

        using var response = await _client.SendAsync(
            Post("/api/v1/trips", new StringContent(huge, Encoding.UTF8, "application/json")));

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString().Should().Contain("4,194,304");
        (await TripCountAsync()).Should().Be(before);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task WrongContentType_415Problem(string mediaType)
    {
        using var response = await _client.SendAsync(
            Post("/api/v1/summits", new StringContent("{}", Encoding.UTF8, mediaType)));

        var problem = await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        problem.TryGetProperty("detail", out var detail).Should().BeTrue(problem.ToString());
        detail.GetString().Should().Contain("application/json");
    }

    [Theory]
    [InlineData("{\"leader\": ", "leader")]
    [InlineData("{\"notes\": \"bad \\ud800 surrogate\"}", "notes")]
    [InlineData("{\"status\": 99}", "status")]
    [InlineData("{\"status\": \"3\"}", "status")]
    [InlineData("{\"status\": \"Planned, Reported\"}", "status")]
    [InlineData("{\"confidence\": 1.5}", "confidence")]
    [InlineData("{\"legs\": [{\"kind\": -1}]}", "legs[0].kind")]
    [InlineData("{\"startDate\": \"0001-01-01T00:00\"}", "startDate")]
    public async Task MalformedOrUndefinedValue_400NamingTheField(string json, string field)
    {
        using var response = await _client.SendAsync(
            Post("/api/v1/trips", new StringContent(json, Encoding.UTF8, "application/json")));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out var messages).Should().BeTrue(problem.ToString());
        messages.EnumerateArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task DeeplyNestedJson_400Problem()
    {
        var deep = "{\"ignored\":" + new string('[', 5000) + new string(']', 5000) + "}";

        using var response = await _client.SendAsync(
            Post("/api/v1/trips", new StringContent(deep, Encoding.UTF8, "application/json")));

        await ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("GET", "/api/v1/no-such-thing")]
    [InlineData("DELETE", "/api/v1/trips/1")]
    public async Task UnknownRouteOrMethod_ProblemNotHtml(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await _client.SendAsync(request);

        ((int)response.StatusCode).Should().BeInRange(400, 499);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task UnhandledException_500ProblemWithTraceIdAndLogged()
    {
        // A real failure: the table a read needs is gone.
        await using var app = new TravelRiskApp();
        using var client = app.CreateClient();
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync(app.Provider == Data.DatabaseProvider.Postgres
            ? "ALTER TABLE \"Summits\" RENAME TO \"SummitsGone\""
            : "ALTER TABLE Summits RENAME TO SummitsGone"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/summits?from=2020-01-01");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");

        using var response = await client.SendAsync(request);

        var problem = await ProblemAsync(response, HttpStatusCode.InternalServerError);
        var traceId = problem.GetProperty("traceId").GetString();
        (await response.Content.ReadAsStringAsync()).Should().NotContain("Summits", "no internals in the body");
        app.Logs.Entries.Should().Contain(e =>
            e.Level == LogLevel.Error && e.Exception != null && e.Message.Contains("/api/v1/summits"));
        traceId.Should().NotBeNullOrEmpty();
    }
}
