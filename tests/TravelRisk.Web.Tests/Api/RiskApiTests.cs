using System.Net;
using TravelRisk.Domain.Rules;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class RiskApiTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    readonly HttpClient _client = seeded.Client;

    [Theory]
    [InlineData("ZAF", "2023-08-22", Obligation.ArrestRequired)]         // BRICS Johannesburg, stayed away
    [InlineData("KGZ", "2023-10-12", Obligation.NoTreatyObligation)]     // first trip after the warrant
    [InlineData("KGZ", "2022-12-09", Obligation.NotWanted)]              // before the warrant
    [InlineData("MNG", "2024-09-03", Obligation.ArrestRequired)]         // Mongolia, a party, did not arrest him
    [InlineData("CHN", "2023-10-17", Obligation.NoTreatyObligation)]
    [InlineData("UKR", "2024-06-01", Obligation.Article12_3Declaration)]
    public async Task Check_FoundingCases(string state, string date, Obligation expected)
    {
        var risk = await _client.OkJsonAsync<RiskCheckResponse>(
            $"/api/v1/risk/check?person=vladimir-putin&state={state}&date={date}");

        risk.Obligation.Should().Be(expected);
        (risk.Person, risk.State, risk.Date).Should()
            .Be(("vladimir-putin", state, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        risk.Explanation.Should().NotBeNullOrWhiteSpace();
        risk.Warrants.Should().ContainSingle(w => w.Id == "vladimir-putin-2023");
    }

    [Fact]
    public async Task Check_StateParty_CitesArticlesAndHostTimeline()
    {
        var risk = await _client.OkJsonAsync<RiskCheckResponse>(
            "/api/v1/risk/check?person=vladimir-putin&state=zaf&date=2023-08-22");

        risk.LegalBasis.Should().Contain(LegalBasis.Art86).And.Contain(LegalBasis.Art89_1);
        risk.HostStatus.Status.Should().Be(Domain.Countries.StatuteStatus.Party);
        risk.HostStatus.WithdrawalRevokedOn.Should().Be(new DateOnly(2017, 3, 7));
        risk.DecidingWarrant.Should().Be("vladimir-putin-2023");
        risk.Explanation.Should().Contain("South Africa was a State Party");
    }

    [Fact]
    public async Task Check_GivesTheAnswerAloneAndTheCaveatsThatBearOnIt_EachQuotedFromTheExplanation()
    {
        var mongolia = await _client.OkJsonAsync<RiskCheckResponse>(
            "/api/v1/risk/check?person=vladimir-putin&state=MNG&date=2024-09-03");
        var kazakhstan = await _client.OkJsonAsync<RiskCheckResponse>(
            "/api/v1/risk/check?person=vladimir-putin&state=KAZ&date=2024-07-03");

        mongolia.Answer.Should()
            .StartWith("On 3 September 2024, Mongolia was obliged to arrest and surrender Vladimir Putin");
        mongolia.Explanation.Should().StartWith(mongolia.Answer);
        mongolia.Caveats.Should().Contain(c => c.Contains("The point is contested", StringComparison.Ordinal))
            .And.OnlyContain(c => mongolia.Explanation.Contains(c, StringComparison.Ordinal));
        kazakhstan.Answer.Should().Contain("Kazakhstan had no legal obligation to arrest Vladimir Putin");
        kazakhstan.Caveats.Should().BeEmpty("nothing can move a non-party's answer");
    }

    [Fact]
    public async Task Check_JsonUsesCamelCaseAndEnumNames()
    {
        var body = await _client.GetStringAsync("/api/v1/risk/check?person=vladimir-putin&state=ZAF&date=2023-08-22");

        body.Should()
            .Contain("\"obligation\":\"ArrestRequired\"")
            .And.Contain("\"legalBasis\":[")
            .And.Contain("\"hostStatus\":{");
    }

    [Fact]
    public async Task Check_NoDate_UsesTodayFromTheAppsClock()
    {
        var risk = await _client.OkJsonAsync<RiskCheckResponse>("/api/v1/risk/check?person=vladimir-putin&state=ZAF");

        risk.Date.Should().Be(DateOnly.FromDateTime(TravelRiskApp.Today.UtcDateTime));
    }

    [Theory]
    [InlineData("person=vladimir-putin&state=ZAF&date=22-08-2023", "date")]
    [InlineData("person=vladimir-putin&state=ZAF&date=2023-02-30", "date")]
    [InlineData("person=vladimir-putin&state=ZA&date=2023-08-22", "state")]
    [InlineData("person=vladimir-putin&date=2023-08-22", "state")]
    [InlineData("state=ZAF&date=2023-08-22", "person")]
    [InlineData("person=Vladimir%20Putin&state=ZAF", "person")]
    public async Task Check_MalformedParameter_400NamingIt(string query, string parameter)
    {
        var problem = await _client.ProblemAsync($"/api/v1/risk/check?{query}", HttpStatusCode.BadRequest);

        problem.ErrorsFor(parameter).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Check_SeveralMalformedParameters_NamesEach()
    {
        var problem = await _client.ProblemAsync(
            "/api/v1/risk/check?person=x!&state=1&date=soon",
            HttpStatusCode.BadRequest);

        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo(["person", "state", "date"]);
    }

    [Theory]
    [InlineData("person=nobody-at-all&state=ZAF", "Person not found")]
    [InlineData("person=vladimir-putin&state=XXX", "State not found")]
    public async Task Check_Unknown_404Problem(string query, string title)
    {
        var problem = await _client.ProblemAsync($"/api/v1/risk/check?{query}", HttpStatusCode.NotFound);

        problem.GetProperty("title").GetString().Should().Be(title);
    }

    [Fact]
    public async Task Map_EveryStateWithItsObligation()
    {
        var map = await _client.OkJsonAsync<List<MapEntryResponse>>(
            "/api/v1/risk/map?person=vladimir-putin&date=2023-08-22");

        map.Should().HaveCount(196);
        map.Single(e => e.Iso3 == "ZAF").Obligation.Should().Be(Obligation.ArrestRequired);
        map.Single(e => e.Iso3 == "KGZ").Obligation.Should().Be(Obligation.NoTreatyObligation);
        map.Count(e => e.Obligation == Obligation.ArrestRequired).Should().BeInRange(120, 126);
    }

    [Fact]
    public async Task Map_BadDate_400()
    {
        var problem = await _client.ProblemAsync(
            "/api/v1/risk/map?person=vladimir-putin&date=yesterday",
            HttpStatusCode.BadRequest);

        problem.ErrorsFor("date").Should().ContainSingle();
    }

    [Fact]
    public async Task Map_UnknownPerson_404()
    {
        await _client.ProblemAsync("/api/v1/risk/map?person=nobody-at-all", HttpStatusCode.NotFound);
    }
}
