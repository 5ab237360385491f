using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TravelRisk.Web.Api;
using TravelRisk.Web.Services;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// risk/check and risk/map are written from cached parts (issue 13); their bytes must stay exactly what the
/// serializer writes for the response records, and their ETags, now known before the answer is made, must still
/// change whenever the answer can.
/// </summary>
public class RiskJsonTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    readonly HttpClient _client = seeded.Client;

    JsonSerializerOptions Json =>
        seeded.App.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    [Fact]
    public async Task Check_RandomQueries_SameBytesAsTheSerializer()
    {
        var risk = seeded.App.Services.GetRequiredService<RiskAssessments>();
        var writer = seeded.App.Services.GetRequiredService<RiskJson>();
        var facts = await risk.FactsAsync(default);
        _ = facts.Leaders.Values.ToArray();
        var random = new Random(13);

        foreach (var (person, host, day) in Queries(facts, random, 5_000))
        {
            var expected = JsonSerializer.SerializeToUtf8Bytes(
                RiskAssessments.Check(facts, person, host, day, risk.Today),
                Json);
            var actual = writer.Check(facts, person, host, day, risk.Today).ToArray();
            actual.Should().Equal(expected, $"{person.Leader.Slug} in {host.Iso3} on {day:yyyy-MM-dd}");
        }
    }

    [Fact]
    public async Task Map_RandomQueries_SameBytesAsTheSerializer()
    {
        var risk = seeded.App.Services.GetRequiredService<RiskAssessments>();
        var writer = seeded.App.Services.GetRequiredService<RiskJson>();
        var facts = await risk.FactsAsync(default);
        var random = new Random(14);

        foreach (var (person, _, day) in Queries(facts, random, 1_000))
        {
            var expected = JsonSerializer.SerializeToUtf8Bytes(RiskAssessments.Map(facts, person, day), Json);
            writer.Map(facts, person, day).ToArray().Should()
                .Equal(expected, $"{person.Leader.Slug} on {day:yyyy-MM-dd}");
        }
    }

    [Fact]
    public async Task BatchAnswer_RandomQueries_SameBytesAsTheSerializer()
    {
        var risk = seeded.App.Services.GetRequiredService<RiskAssessments>();
        var writer = seeded.App.Services.GetRequiredService<RiskJson>();
        var facts = await risk.FactsAsync(default);

        foreach (var (person, host, day) in Queries(facts, new Random(15), 5_000))
        {
            var decision = Domain.Rules.ArrestObligationRules.Decide(day, host, person.Warrants);
            var expected = JsonSerializer.SerializeToUtf8Bytes(new Web.Contracts.RiskCheckSummaryResponse(
                person.Leader.Slug, host.Iso3, day, decision.Obligation, decision.Reason, decision.HostStatus,
                decision.WarrantIndex >= 0 ? person.Warrants[decision.WarrantIndex].Warrant.Code : null), Json);
            writer.Summary(facts, new RiskJson.BatchCheck(person, host, day)).ToArray().Should().Equal(expected);
        }
    }

    [Theory]
    [InlineData("/api/v1/risk/check?person=vladimir-putin&state=MNG&date=2024-09-03")]
    [InlineData("/api/v1/risk/map?person=vladimir-putin&date=2024-09-03")]
    public async Task OverHttp_TheSerializersBytesWithContentLength(string url)
    {
        var risk = seeded.App.Services.GetRequiredService<RiskAssessments>();
        var facts = await risk.FactsAsync(default);
        object expected = url.Contains("check", StringComparison.Ordinal)
            ? RiskAssessments.Check(
                facts,
                facts.Leaders["vladimir-putin"],
                facts.Countries["MNG"],
                new DateOnly(2024, 9, 3),
                risk.Today)
            : RiskAssessments.Map(facts, facts.Leaders["vladimir-putin"], new DateOnly(2024, 9, 3));

        using var response = await _client.GetAsync(url);

        var body = await response.Content.ReadAsByteArrayAsync();
        body.Should().Equal(JsonSerializer.SerializeToUtf8Bytes(expected, expected.GetType(), Json));
        response.Content.Headers.ContentLength.Should().Be(body.Length);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
    }

    [Fact]
    public async Task ETag_DiffersPerQuery_AndMatchesOnlyItsOwn()
    {
        using var zaf = await _client.GetAsync("/api/v1/risk/check?person=vladimir-putin&state=ZAF&date=2023-08-22");
        using var mng = await _client.GetAsync("/api/v1/risk/check?person=vladimir-putin&state=MNG&date=2023-08-22");
        zaf.Headers.ETag!.Tag.Should().NotBe(mng.Headers.ETag!.Tag);

        using var other = new HttpRequestMessage(
            HttpMethod.Get,
            "/api/v1/risk/check?person=vladimir-putin&state=MNG&date=2023-08-22");
        other.Headers.IfNoneMatch.Add(zaf.Headers.ETag);
        using var answer = await _client.SendAsync(other);

        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        answer.Headers.ETag!.Tag.Should().Be(mng.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task IfNoneMatchAny_OnAnUnknownPerson_StillA404()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/risk/check?person=nobody-at-all&state=ZAF");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);

        using var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Headers.ETag.Should().BeNull("errors carry no ETag");
    }

    [Fact]
    public async Task ErrorAnswers_CarryNoETag()
    {
        using var response = await _client.GetAsync("/api/v1/risk/map?person=vladimir-putin&date=soon");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.ETag.Should().BeNull();
    }

    [Fact]
    public async Task ETag_ChangesWithToday_BecauseTheWordingDoes()
    {
        await using var app = new TravelRiskApp();
        using var client = app.CreateClient();
        const string url = "/api/v1/risk/check?person=vladimir-putin&state=ZAF&date=2026-12-01";
        using var before = await client.GetAsync(url);

        app.Clock.Advance(TimeSpan.FromDays(30)); // the day moves from the future into the past: "is" becomes "was"
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await client.SendAsync(request);

        after.StatusCode.Should().Be(HttpStatusCode.OK);
        (await after.Content.ReadAsStringAsync()).Should().NotBe(await before.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Random people, States and days of 1995-2030, with every State's and warrant's own dates mixed in.
    /// </summary>
    static IEnumerable<(LeaderFacts, Domain.Countries.Country, DateOnly)> Queries(
        RiskFacts facts,
        Random random,
        int count)
    {
        var people = facts.Leaders.Values.OrderBy(p => p.Leader.Slug, StringComparer.Ordinal).ToArray();
        var states = facts.CountriesByName.ToArray();
        var first = new DateOnly(1995, 1, 1).DayNumber;
        var last = new DateOnly(2030, 12, 31).DayNumber;
        var edges = states
            .SelectMany(s => new[]
            {
                s.Timeline.DepositedOn,
                s.Timeline.InForceOn,
                s.Timeline.WithdrawalTakesEffectOn,
                s.Timeline.SignedOn
            })
            .Concat(people.SelectMany(p => p.Warrants.SelectMany(w =>
                new[] { w.Warrant.IssuedOn, w.Warrant.PublicOn })))
            .OfType<DateOnly>().Distinct().ToArray();
        for (var i = 0; i < count; i++)
        {
            var day = i % 4 == 0
                ? edges[random.Next(edges.Length)].AddDays(random.Next(-1, 2))
                : DateOnly.FromDayNumber(random.Next(first, last));
            yield return (people[random.Next(people.Length)], states[random.Next(states.Length)], day);
        }
    }
}
