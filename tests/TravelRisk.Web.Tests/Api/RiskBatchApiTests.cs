using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TravelRisk.Domain.Rules;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class RiskBatchApiTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    const string Url = "/api/v1/risk/checks";
    readonly HttpClient _client = seeded.Client;

    static StringContent Body(params object[] queries) =>
        new(JsonSerializer.Serialize(new { queries }), Encoding.UTF8, "application/json");

    static object Query(string person, string state, string? date = null) => new { person, state, date };

    [Fact]
    public async Task Answers_InOrder_TheSameDecisionsAsRiskCheck()
    {
        (string State, string Date)[] asked =
        [
            ("ZAF", "2023-08-22"),
            ("KGZ", "2023-10-12"),
            ("KGZ", "2022-12-09"),
            ("MNG", "2024-09-03"),
            ("UKR", "2024-06-01"),
            ("ZAF", "2023-08-22")
        ];

        using var response = await _client.PostAsync(
            Url,
            Body([.. asked.Select(q => Query("vladimir-putin", q.State, q.Date))]));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var answers = (await response.Content.ReadFromJsonAsync<List<RiskCheckSummaryResponse>>(HttpAssertions.Json))!;
        answers
            .Select(a => (a.State, a.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .Should().Equal(asked);
        foreach (var answer in answers)
        {
            var single = await _client.OkJsonAsync<RiskCheckResponse>(
                $"/api/v1/risk/check?person=vladimir-putin&state={answer.State}&date={answer.Date:yyyy-MM-dd}");
            (answer.Obligation, answer.Reason, answer.HostStatus, answer.DecidingWarrant)
                .Should().Be((single.Obligation, single.Reason, single.HostStatus.Status, single.DecidingWarrant));
        }
        answers[0].Obligation.Should().Be(Obligation.ArrestRequired);
        answers[1].Obligation.Should().Be(Obligation.NoTreatyObligation);
    }

    [Fact]
    public async Task ReadsValuesAsRiskCheckDoes_AnyCaseTrimmed_DateDefaultsToToday()
    {
        using var response = await _client.PostAsync(
            Url,
            Body(Query(" Vladimir-Putin ", "zaf"), Query("vladimir-putin", "ZAF", "2023-08-22")));

        var answers = (await response.Content.ReadFromJsonAsync<List<RiskCheckSummaryResponse>>(HttpAssertions.Json))!;
        answers.Should().HaveCount(2);
        (answers[0].Person, answers[0].State, answers[0].Date).Should()
            .Be(("vladimir-putin", "ZAF", DateOnly.FromDateTime(TravelRiskApp.Today.UtcDateTime)));
    }

    [Fact]
    public async Task EmptyList_EmptyArray()
    {
        using var response = await _client.PostAsync(Url, Body());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("[]");
    }

    [Fact]
    public async Task ABadQuery_400NamingItsIndex_AndNothingAnswered()
    {
        var queries = Enumerable.Range(0, 30).Select(_ => Query("vladimir-putin", "ZAF", "2023-08-22")).ToArray();
        queries[17] = Query("vladimir-putin", "ZA", "2023-08-22");
        queries[20] = Query("vladimir-putin", "ZAF", "22-08-2023");
        queries[25] = Query("nobody-at-all", "XXX", "2023-08-22");

        using var response = await _client.PostAsync(Url, Body(queries));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo(
                ["queries[17].state", "queries[20].date", "queries[25].person", "queries[25].state"]);
    }

    [Fact]
    public async Task ReadsTheBodyAsTheSerializerWould_EscapesNamesInAnyCaseUnknownFieldsNulls()
    {
        const string body = """
            {"note": {"ignored": [1, 2]}, "Queries": [
              {"Person": "vladimir-\u0070utin", "STATE": "\u005AAF", "date": "2023-08-22", "extra": true},
              {"person": "vladimir-putin", "state": "ZAF", "date": null}
            ]}
            """;

        using var response = await _client.PostAsync(Url, new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var answers = (await response.Content.ReadFromJsonAsync<List<RiskCheckSummaryResponse>>(HttpAssertions.Json))!;
        (answers[0].Person, answers[0].State, answers[0].Date).Should()
            .Be(("vladimir-putin", "ZAF", new DateOnly(2023, 8, 22)));
        answers[1].Date.Should().Be(DateOnly.FromDateTime(TravelRiskApp.Today.UtcDateTime));
    }

    [Theory]
    [InlineData("{\"queries\":[{\"person\":\"vladimir-putin\",\"state\":3}]}", "queries[0].state")]
    [InlineData("{\"queries\":[{\"person\":\"vladimir-putin\",\"state\":\"ZAF\"}, 7]}", "queries[1]")]
    [InlineData("{\"queries\":[{\"person\":\"vladimir-putin\",", "body")]
    [InlineData(
        "{\"queries\":[{\"person\":\"vladimir-putin\",\"state\":\"ZAF\",\"date\":\"2023-02-30\"}]}",
        "queries[0].date")]
    [InlineData(
        "{\"queries\":[{\"person\":\"vladimir-putin\",\"state\":\"ZAF\",\"date\":\"0000-01-01\"}]}",
        "queries[0].date")]
    [InlineData("[]", "body")]
    [InlineData("", "body")]
    [InlineData("{\"queries\":[null]}", "queries[0]")]
    [InlineData("{}", "queries")]
    [InlineData("{\"queries\":{}}", "queries")]
    [InlineData("{\"queries\":[{\"person\":\"vladimir-putin\",\"state\":\"MNG\"}],\"Queries\":[]}", "queries")]
    [InlineData("{\"queries\":[]} {\"queries\":[]}", "body")]
    public async Task MalformedBody_400NamingTheField(string body, string field)
    {
        using var response = await _client.PostAsync(Url, new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.ErrorsFor(field).Should().NotBeEmpty();
    }

    [Fact]
    public async Task AThousandQueries_Answered_OneMore_413()
    {
        var thousand = Enumerable.Range(0, 1_000)
            .Select(i => Query(
                "vladimir-putin",
                "ZAF",
                new DateOnly(2020, 1, 1).AddDays(i)
                    .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();

        using var ok = await _client.PostAsync(Url, Body(thousand));
        using var tooMany = await _client.PostAsync(Url, Body([.. thousand, Query("vladimir-putin", "ZAF")]));

        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ok.Content.ReadFromJsonAsync<List<RiskCheckSummaryResponse>>(HttpAssertions.Json))!.Select(a => a.Date)
            .Should().Equal(Enumerable.Range(0, 1_000).Select(i => new DateOnly(2020, 1, 1).AddDays(i)));
        tooMany.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        tooMany.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await tooMany.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()
            .Should().Contain("1,000").And.Contain("1,001");
    }

    [Fact]
    public async Task NotJson_415()
    {
        using var response = await _client.PostAsync(
            Url,
            new StringContent("person=vladimir-putin", Encoding.UTF8, "text/plain"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task NeedsNoKey_LikeTheOtherReads()
    {
        using var anonymous = new HttpRequestMessage(HttpMethod.Post, Url)
        {
            Content = Body(Query("vladimir-putin", "ZAF"))
        };

        using var response = await _client.SendAsync(anonymous);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CountsAgainstTheReadLimit_429()
    {
        await using var app = new TravelRiskApp().With("RateLimits:ReadsPerMinute", "2");
        using var client = app.CreateClient();
        (await client.GetAsync("/api/v1/risk/check?person=vladimir-putin&state=ZAF")).StatusCode
            .Should().Be(HttpStatusCode.OK);
        using (var first = await client.PostAsync(Url, Body(Query("vladimir-putin", "ZAF"))))
            first.StatusCode.Should().Be(HttpStatusCode.OK);

        using var response = await client.PostAsync(Url, Body(Query("vladimir-putin", "ZAF")));

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter.Should().NotBeNull();
    }
}
