using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Security;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class RateLimitTests
{
    [Fact]
    public async Task Reads_OverTheLimit_429WithRetryAfter()
    {
        await using var app = new TravelRiskApp().With("RateLimits:ReadsPerMinute", "3");
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
            (await client.GetAsync("/api/v1/leaders")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var response = await client.GetAsync("/api/v1/leaders");

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Writes_OverTheLimitPerKey_429_OtherKeyUnaffected()
    {
        await using var app = new TravelRiskApp().With("RateLimits:WritesPerMinute", "2");
        using var client = app.CreateClient();
        var keys = app.Services.GetRequiredService<ApiKeys>();
        var busy = (await keys.CreateAsync("busy", CancellationToken.None))!;
        var quiet = (await keys.CreateAsync("quiet", CancellationToken.None))!;

        async Task<HttpStatusCode> PostAsync(string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/trips")
            {
                Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json")
            };
            request.Headers.Add("X-Api-Key", key);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        (await PostAsync(busy)).Should().Be(HttpStatusCode.BadRequest);
        (await PostAsync(busy)).Should().Be(HttpStatusCode.BadRequest);
        (await PostAsync(busy)).Should().Be(HttpStatusCode.TooManyRequests);
        (await PostAsync(quiet)).Should().Be(HttpStatusCode.BadRequest, "limits are per key");
    }
}
