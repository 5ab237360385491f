using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Security;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class TripWriteApiTests(WriterApp writer) : IClassFixture<WriterApp>
{
    readonly HttpClient _client = writer.Client;

    static object ValidTrip(string host = "KAZ", string start = "2026-12-01") => new
    {
        leader = "vladimir-putin",
        host,
        startDate = start,
        endDate = start,
        status = "Planned",
        confidence = "Medium",
        notes = "Expected at a summit.",
        legs = new[] { new { kind = "Transit", country = "UZB", startDate = start } },
        sources = new[]
        {
            new
            {
                url = "https://example.org/report",
                outlet = "Example News",
                publishedOn = "2026-11-20",
                quote = "He is expected to attend."
            }
        },
    };

    async Task<TripResponse> CreateAsync(object? body = null)
    {
        using var response = await _client.SendAsync(
            writer.Request(HttpMethod.Post, "/api/v1/trips", body ?? ValidTrip()));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TripResponse>(HttpAssertions.Json))!;
    }

    [Fact]
    public async Task Post_ValidTrip_201WithLocationETagFlagAndFirstRevision()
    {
        using var response = await _client.SendAsync(writer.Request(HttpMethod.Post, "/api/v1/trips", ValidTrip()));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var trip = (await response.Content.ReadFromJsonAsync<TripResponse>(HttpAssertions.Json))!;
        response.Headers.Location!.ToString().Should().Be($"/api/v1/trips/{trip.Id}");
        response.Headers.ETag!.Tag.Should().Be($"\"trip-{trip.Id}-r1-d1\"");
        trip.Slug.Should().StartWith("vladimir-putin-2026-12-kaz");
        trip.Legs.Should().ContainSingle(l => l.Kind == LegKind.Transit && l.Country == "UZB");
        trip.Assessment.Obligation.Should().Be(Domain.Rules.Obligation.NoTreatyObligation);
        trip.StatusHistory.Should().ContainSingle().Which.Actor.Should().Be("api:test");
    }

    [Fact]
    public async Task Post_NoKey_401ProblemAndNothingWritten()
    {
        var before = await writer.CountAsync<Trip>();

        using var response = await _client.SendAsync(
            writer.Request(HttpMethod.Post, "/api/v1/trips", ValidTrip(), key: ""));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await writer.CountAsync<Trip>()).Should().Be(before);
    }

    [Fact]
    public async Task Post_RevokedKey_401()
    {
        var keys = writer.App.Services.GetRequiredService<ApiKeys>();
        var revoked = (await keys.CreateAsync("to-revoke", CancellationToken.None))!;
        await keys.RevokeAsync("to-revoke", CancellationToken.None);

        using var response = await _client.SendAsync(
            writer.Request(HttpMethod.Post, "/api/v1/trips", ValidTrip(), key: revoked));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Contain("revoked");
    }

    [Fact]
    public async Task Post_InvalidFields_400KeyedByFieldAndNothingWritten()
    {
        var trips = await writer.CountAsync<Trip>();
        var revisions = await writer.CountAsync<TripRevision>();
        var body = new
        {
            leader = "nobody-at-all",
            host = "XXX",
            startDate = "2026-12-05",
            endDate = "2026-12-01",
            status = "Delegated",
            confidence = "High",
            legs = new[] { new { kind = "Transit", country = "QQQ" } },
            sources = new[] { new { url = "ftp://example.org/x", outlet = "", quote = new string('q', 1001) } },
        };

        using var response = await _client.SendAsync(writer.Request(HttpMethod.Post, "/api/v1/trips", body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Contain(
        [
            "leader",
            "host",
            "endDate",
            "representative",
            "legs[0].country",
            "sources[0].url",
            "sources[0].outlet",
            "sources[0].quote"
        ]);
        (await writer.CountAsync<Trip>()).Should().Be(trips);
        (await writer.CountAsync<TripRevision>()).Should().Be(revisions);
    }

    [Theory]
    [InlineData(
        """{"leader":"vladimir-putin","host":"KAZ","status":"Maybe","confidence":"High","sources":[]}""",
        "status")]
    [InlineData(
        """{"leader":"vladimir-putin","host":"KAZ","startDate":"12/01/2026","status":"Planned","confidence":"High"}""",
        "startDate")]
    [InlineData(
        """{"leader":"vladimir-putin","host":"KAZ","status":"Planned","confidence":"High","legs":[{"kind":"Swim"}]}""",
        "legs[0].kind")]
    [InlineData("""not json""", "body")]
    public async Task Post_MalformedJson_400NamingTheField(string json, string field)
    {
        var request = writer.Request(HttpMethod.Post, "/api/v1/trips");
        request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        using var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Contain(field);
    }

    [Fact]
    public async Task Post_NoSources_400()
    {
        using var response = await _client.SendAsync(writer.Request(HttpMethod.Post, "/api/v1/trips",
            new { leader = "vladimir-putin", host = "KAZ", status = "Planned", confidence = "Low" }));

        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        problem.ErrorsFor("sources").Should().ContainSingle();
    }

    [Fact]
    public async Task Put_WithoutIfMatch_428()
    {
        var trip = await CreateAsync();

        using var response = await _client.SendAsync(
            writer.Request(HttpMethod.Put, $"/api/v1/trips/{trip.Id}", ValidTrip()));

        response.StatusCode.Should().Be((HttpStatusCode)428);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Put_WithCurrentETag_SavesNewRevisionWithFieldChanges()
    {
        var trip = await CreateAsync();
        var etag = $"\"trip-{trip.Id}-r1-d1\"";

        using var response = await _client.SendAsync(
            writer.Request(HttpMethod.Put, $"/api/v1/trips/{trip.Id}", ValidTrip(host: "TJK"), ifMatch: etag));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.ETag!.Tag.Should().Be($"\"trip-{trip.Id}-r2-d1\"");
        var revision = await writer.App.QueryAsync(db =>
            db.TripRevisions.SingleAsync(r => r.TripId == trip.Id && r.Number == 2));
        revision.Changes.Should().ContainEquivalentOf(new FieldChange("host", "KAZ", "TJK"));
        revision.Actor.Should().Be("api:test");
    }

    [Fact]
    public async Task Put_CachedReadsShowTheChangeAtOnce()
    {
        var trip = await CreateAsync();
        (await _client.OkJsonAsync<TripResponse>($"/api/v1/trips/{trip.Id}")).State.Should().Be("KAZ");
        (await _client.OkJsonAsync<TripRiskResponse>($"/api/v1/trips/{trip.Id}/risk")).State.Should().Be("KAZ");

        using (var put = await _client.SendAsync(writer.Request(
            HttpMethod.Put,
            $"/api/v1/trips/{trip.Id}",
            ValidTrip(host: "MNG"),
            ifMatch: $"\"trip-{trip.Id}-r1-d1\"")))
            put.StatusCode.Should().Be(HttpStatusCode.OK);

        (await _client.OkJsonAsync<TripResponse>($"/api/v1/trips/{trip.Id}")).State.Should().Be("MNG");
        var risk = await _client.OkJsonAsync<TripRiskResponse>($"/api/v1/trips/{trip.Id}/risk");
        (risk.State, risk.Obligation).Should().Be(("MNG", Domain.Rules.Obligation.ArrestRequired));
    }

    [Fact]
    public async Task Put_StaleETag_412ShowingTheOtherChange_NothingOverwritten()
    {
        var trip = await CreateAsync();
        var seen = $"\"trip-{trip.Id}-r1-d1\"";
        using (var first = await _client.SendAsync(
            writer.Request(HttpMethod.Put, $"/api/v1/trips/{trip.Id}", ValidTrip(host: "TJK"), ifMatch: seen)))
            first.StatusCode.Should().Be(HttpStatusCode.OK);

        using var second = await _client.SendAsync(
            writer.Request(HttpMethod.Put, $"/api/v1/trips/{trip.Id}", ValidTrip(host: "UZB"), ifMatch: seen));

        second.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await second.Content.ReadAsStringAsync()).Should().Contain("host: 'KAZ' → 'TJK'");
        (await writer.App.QueryAsync(db => db.Trips.SingleAsync(t => t.Id == trip.Id))).HostIso3.Should().Be("TJK");
    }

    [Fact]
    public async Task Put_UnknownTrip_404()
    {
        using var response = await _client.SendAsync(
            writer.Request(HttpMethod.Put, "/api/v1/trips/999999", ValidTrip(), ifMatch: "\"trip-999999-r1-d1\""));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cancellation_WithRepresentative_BecomesDelegated()
    {
        var trip = await CreateAsync();

        using var response = await _client.SendAsync(writer.Request(
            HttpMethod.Post,
            $"/api/v1/trips/{trip.Id}/cancellation",
            new
            {
                reason = "The Kremlin said he would not travel.",
                representative = "sergey-lavrov",
                source = new
                {
                    url = "https://example.org/cancelled",
                    outlet = "Example News",
                    publishedOn = "2026-11-22",
                    quote = "He will not travel."
                },
            }));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var updated = (await response.Content.ReadFromJsonAsync<TripResponse>(HttpAssertions.Json))!;
        updated.Status.Should().Be(TripStatus.Delegated);
        updated.Representative.Should().Be("sergey-lavrov");
        updated.Sources.Should().HaveCount(2);
        updated.StatusHistory.Select(h => h.Status).Should().Equal(TripStatus.Planned, TripStatus.Delegated);
    }

    [Fact]
    public async Task Cancellation_MissingReasonAndSource_400NothingWritten()
    {
        var trip = await CreateAsync();

        using var response = await _client.SendAsync(
            writer.Request(HttpMethod.Post, $"/api/v1/trips/{trip.Id}/cancellation", new { virtual_ = false }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Contain(["reason", "source"]);
        (await writer.App.QueryAsync(db => db.Trips.SingleAsync(t => t.Id == trip.Id))).Revision.Should().Be(1);
    }

    [Fact]
    public async Task AddSource_Valid_AddsItAsANewRevision()
    {
        var trip = await CreateAsync();

        using var response = await _client.SendAsync(writer.Request(
            HttpMethod.Post,
            $"/api/v1/trips/{trip.Id}/sources",
            new
            {
                url = "https://example.org/second",
                outlet = "Second Outlet",
                publishedOn = "2026-11-21",
                quote = "Confirmed."
            }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var updated = (await response.Content.ReadFromJsonAsync<TripResponse>(HttpAssertions.Json))!;
        updated.Sources.Select(s => s.Outlet).Should().Contain("Second Outlet");
        updated.Revision.Should().Be(2);
    }

    [Fact]
    public async Task AddSource_BadUrl_400()
    {
        var trip = await CreateAsync();

        using var response = await _client.SendAsync(writer.Request(
            HttpMethod.Post,
            $"/api/v1/trips/{trip.Id}/sources",
            new { url = "example.org", outlet = "X" }));

        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        problem.ErrorsFor("source.url").Should().ContainSingle();
    }

    [Fact]
    public async Task AddSource_WithoutDateOrQuote_400NamesBoth_NothingWritten()
    {
        var trip = await CreateAsync();

        using var response = await _client.SendAsync(writer.Request(
            HttpMethod.Post,
            $"/api/v1/trips/{trip.Id}/sources",
            new { url = "https://example.org/third", outlet = "Third" }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        problem.ErrorsFor("source.publishedOn").Should().ContainSingle();
        problem.ErrorsFor("source.quote").Should().ContainSingle();
        (await writer.App.QueryAsync(db => db.Trips.SingleAsync(t => t.Id == trip.Id))).Revision.Should().Be(1);
    }

    [Fact]
    public async Task AddSource_UnknownTrip_404()
    {
        using var response = await _client.SendAsync(writer.Request(
            HttpMethod.Post,
            "/api/v1/trips/999999/sources",
            new { url = "https://example.org", outlet = "X" }));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
