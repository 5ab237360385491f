using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Security;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// Many clients writing at once (decision 0009), on SQLite and PostgreSQL: every acknowledged write is whole (the
/// trip with its revision), races end in 412, never a 5xx. Fixed counts, no timing: the same every run.
/// </summary>
public class ConcurrentWriteTests : IAsyncLifetime
{
    const int Writers = 16;
    const int TripsPerWriter = 4;
    const int CollidingPerWriter = 2;

    readonly TravelRiskApp _app = new TravelRiskApp().With("RateLimits:WritesPerMinute", "100000");
    HttpClient _client = null!;
    string _key = "";

    public async Task InitializeAsync()
    {
        _client = _app.CreateClient();
        _key = (await _app.Services.GetRequiredService<ApiKeys>().CreateAsync("concurrent", CancellationToken.None))!;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    static readonly string[] Hosts =
    [
        "KAZ", "UZB", "TJK", "KGZ", "ARM", "AZE", "BLR", "CHN",
        "IND", "BRA", "ZAF", "MNG", "TUR", "IRN", "EGY", "VNM"
    ];

    static object Trip(string host, string start) => new
    {
        leader = "vladimir-putin",
        host,
        startDate = start,
        endDate = start,
        status = "Planned",
        confidence = "Low",
        sources = new[]
        {
            new
            {
                url = $"https://example.org/{host}/{start}",
                outlet = "Example",
                publishedOn = "2026-11-20",
                quote = "He is expected."
            }
        },
    };

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

    async Task<(HttpStatusCode Status, TripResponse? Trip, string? ETag)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await _client.SendAsync(request))
        {
            var trip = response.IsSuccessStatusCode
                ? await response.Content.ReadFromJsonAsync<TripResponse>(HttpAssertions.Json)
                : null;
            return (response.StatusCode, trip, response.Headers.ETag?.Tag);
        }
    }

    [Fact]
    public async Task SixteenWriters_EveryAcknowledgedTripHasItsRevision_No5xx()
    {
        var spread = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var answers = new List<(HttpStatusCode, TripResponse?, string?)>();
            for (var n = 0; n < TripsPerWriter; n++)
                answers.Add(await SendAsync(
                    Write(HttpMethod.Post, "/api/v1/trips", Trip(Hosts[w], $"{2030 + n}-0{1 + n % 9}-01"))));
            return answers;
        }));
        // Same person, host and month from every writer: their slugs collide.
        var colliding = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            var answers = new List<(HttpStatusCode, TripResponse?, string?)>();
            for (var n = 0; n < CollidingPerWriter; n++)
                answers.Add(await SendAsync(Write(HttpMethod.Post, "/api/v1/trips", Trip("KAZ", "2027-06-15"))));
            return answers;
        }));

        var answers = (await Task.WhenAll(spread.Concat(colliding))).SelectMany(a => a).ToList();

        answers.Select(a => a.Item1).Should().AllBeEquivalentTo(HttpStatusCode.Created);
        var ids = answers.Select(a => a.Item2!.Id).ToList();
        ids.Should().OnlyHaveUniqueItems().And.HaveCount(Writers * (TripsPerWriter + CollidingPerWriter));
        answers
            .Where(a => a.Item2!.State == "KAZ" && a.Item2.StartDate == new DateOnly(2027, 6, 15))
            .Select(a => a.Item2!.Slug)
            .Should().OnlyHaveUniqueItems()
            .And.HaveCount(Writers * CollidingPerWriter)
            .And.Contain("vladimir-putin-2027-06-kaz");
        var firstRevisions = await _app.QueryAsync(db => db.TripRevisions
            .Where(r => ids.Contains(r.TripId) && r.Number == 1)
            .Select(r => r.TripId)
            .ToListAsync());
        firstRevisions.Should().BeEquivalentTo(ids);
        (await _app.QueryAsync(db => db.Trips.CountAsync(t => !db.TripRevisions.Any(r => r.TripId == t.Id))))
            .Should().Be(0);
    }

    [Fact]
    public async Task ConcurrentPutsWithOneETag_ExactlyOneWins_TheRest412()
    {
        var (_, trip, etag) = await SendAsync(Write(HttpMethod.Post, "/api/v1/trips", Trip("KAZ", "2028-03-01")));

        var puts = await Task.WhenAll(Hosts.Take(8).Select(host => Task.Run(() =>
            SendAsync(Write(HttpMethod.Put, $"/api/v1/trips/{trip!.Id}", Trip(host, "2028-03-01"), etag)))));

        puts.Count(p => p.Status == HttpStatusCode.OK).Should().Be(1);
        puts.Count(p => p.Status == HttpStatusCode.PreconditionFailed).Should().Be(7);
        var winner = puts.Single(p => p.Status == HttpStatusCode.OK).Trip!;
        var stored = await _app.QueryAsync(db => db.Trips.AsNoTracking().SingleAsync(t => t.Id == trip!.Id));
        (stored.Revision, stored.HostIso3).Should().Be((2, winner.State));
        (await _app.QueryAsync(db => db.TripRevisions.CountAsync(r => r.TripId == trip!.Id))).Should().Be(2);
    }

    [Fact]
    public async Task ConcurrentSourcesWithoutIfMatch_AllSaved_EachItsOwnRevision()
    {
        var (_, trip, _) = await SendAsync(Write(HttpMethod.Post, "/api/v1/trips", Trip("KAZ", "2028-04-01")));

        var added = await Task.WhenAll(Enumerable.Range(0, 8).Select(n => Task.Run(() => SendAsync(Write(
            HttpMethod.Post,
            $"/api/v1/trips/{trip!.Id}/sources",
            new
            {
                url = $"https://example.org/more/{n}",
                outlet = $"Outlet {n}",
                publishedOn = "2026-11-21",
                quote = "Confirmed."
            })))));

        added.Select(a => a.Status).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        var numbers = await _app.QueryAsync(db => db.TripRevisions
            .Where(r => r.TripId == trip!.Id)
            .Select(r => r.Number)
            .ToListAsync());
        numbers.Should().BeEquivalentTo(Enumerable.Range(1, 9));
        (await _app.QueryAsync(db => db.TripSources.CountAsync(s => s.TripId == trip!.Id))).Should().Be(9);
    }

    [Fact]
    public async Task IfMatchOfAnotherTrip_412_NothingWritten()
    {
        var (_, first, firstETag) = await SendAsync(Write(HttpMethod.Post, "/api/v1/trips", Trip("KAZ", "2028-05-01")));
        var (_, second, _) = await SendAsync(Write(HttpMethod.Post, "/api/v1/trips", Trip("UZB", "2028-05-01")));

        var (status, _, _) = await SendAsync(
            Write(HttpMethod.Put, $"/api/v1/trips/{second!.Id}", Trip("TJK", "2028-05-01"), firstETag));

        status.Should().Be(HttpStatusCode.PreconditionFailed);
        firstETag.Should().StartWith($"\"trip-{first!.Id}-r1-");
        var stored = await _app.QueryAsync(db => db.Trips.AsNoTracking().SingleAsync(t => t.Id == second.Id));
        (stored.Revision, stored.HostIso3).Should().Be((1, "UZB"));
    }

    [Theory]
    [InlineData("not-an-etag")]
    [InlineData("\"unterminated")]
    [InlineData("\"trip-1-r99999999999999999999-d1\"")]
    [InlineData("\"trip-99999999999999999999-r1-d1\"")]
    public async Task MalformedIfMatch_400ProblemNamingTheHeader(string ifMatch)
    {
        var (_, trip, _) = await SendAsync(Write(HttpMethod.Post, "/api/v1/trips", Trip("KAZ", "2028-06-01")));

        foreach (var request in new[]
        {
            Write(HttpMethod.Put, $"/api/v1/trips/{trip!.Id}", Trip("TJK", "2028-06-01"), ifMatch),
            Write(
                HttpMethod.Post,
                $"/api/v1/trips/{trip.Id}/sources",
                new { url = "https://example.org/x", outlet = "X", quote = "Q." },
                ifMatch),
        })
        {
            using (request)
            using (var response = await _client.SendAsync(request))
            {
                response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
                response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                problem.GetProperty("errors").TryGetProperty("If-Match", out _).Should().BeTrue();
            }
        }
        (await _app.QueryAsync(db => db.Trips.AsNoTracking().SingleAsync(t => t.Id == trip.Id)))
            .Revision.Should().Be(1);
    }
}
