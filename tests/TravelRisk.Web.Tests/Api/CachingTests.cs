using System.Net;
using System.Net.Http.Headers;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class CachingTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    [Theory]
    [InlineData("/api/v1/risk/check?person=vladimir-putin&state=ZAF&date=2023-08-22")]
    [InlineData("/api/v1/states?asOf=2024-01-01")]
    [InlineData("/api/v1/leaders")]
    [InlineData("/api/v1/trips?pageSize=5")]
    [InlineData("/api/v1/summits?from=2023-01-01")]
    [InlineData("/api/v1/feed.atom")]
    [InlineData("/api/v1/calendar.ics")]
    [InlineData("/api/v1/export/trips.csv")]
    [InlineData("/api/v1/export/trips.json")]
    public async Task Read_HasStrongETag_AndIfNoneMatchGives304(string url)
    {
        using var first = await seeded.Client.GetAsync(url);
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var etag = first.Headers.ETag!;
        etag.IsWeak.Should().BeFalse();
        first.Headers.CacheControl!.NoCache.Should().BeTrue("analysts can change the data at any time");

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await seeded.Client.SendAsync(request);

        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Read_OtherETag_200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/leaders");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));

        using var response = await seeded.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
