using System.Net;
using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Rules;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class CatalogApiTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    readonly HttpClient _client = seeded.Client;

    [Fact]
    public async Task Leaders_ListEveryoneWithWantedFlag()
    {
        var leaders = await _client.OkJsonAsync<List<LeaderResponse>>("/api/v1/leaders");

        leaders.Single(l => l.Slug == "vladimir-putin").Wanted.Should().BeTrue();
        leaders.Single(l => l.Slug == "sergey-lavrov").Wanted.Should().BeFalse();
        leaders.Single(l => l.Slug == "rodrigo-duterte").Wanted.Should()
            .BeFalse("his warrant was executed in March 2025");
    }

    [Fact]
    public async Task Leader_PositionsWarrantsAndTripCounts()
    {
        var putin = await _client.OkJsonAsync<LeaderDetailResponse>("/api/v1/leaders/vladimir-putin");

        putin.Positions.Should().Contain(p => p.Title == "President of Russia" && p.EndedOn == null);
        putin.Warrants.Should().ContainSingle(w =>
            w.Id == "vladimir-putin-2023" && w.Status == WarrantStatus.Outstanding);
        putin.TripsByObligation["ArrestRequired"].Should().BeGreaterThan(0);
        putin.TripsByObligation["NoTreatyObligation"].Should().BeGreaterThan(putin.TripsByObligation["ArrestRequired"]);
    }

    [Theory]
    [InlineData("/api/v1/leaders/nobody-at-all", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/leaders/Not%20A%20Slug", HttpStatusCode.BadRequest)]
    public async Task Leader_UnknownOrMalformed(string url, HttpStatusCode status)
    {
        await _client.ProblemAsync(url, status);
    }

    [Fact]
    public async Task Warrants_EveryPublicWarrantWithTodaysStatus()
    {
        var warrants = await _client.OkJsonAsync<List<WarrantListResponse>>("/api/v1/warrants");

        warrants.Should().Contain(w =>
            w.Id == "vladimir-putin-2023" && w.Status == WarrantStatus.Outstanding && w.Situation == "ukraine");
        warrants.Should().Contain(w => w.Person == "rodrigo-duterte" && w.Status == WarrantStatus.Executed);
        warrants.Where(w => w.Person == "omar-al-bashir").Should().HaveCount(2);
    }

    [Fact]
    public async Task Situations_DarfurBindsSudan()
    {
        var situations = await _client.OkJsonAsync<List<SituationResponse>>("/api/v1/situations");

        situations.Single(s => s.Code == "darfur").BoundStates.Should().Equal("SDN");
        situations.Single(s => s.Code == "libya").ReferralKind.Should().Be(ReferralKind.SecurityCouncil);
    }

    [Fact]
    public async Task Summits_Brics2023_SouthAfricaMustArrestPutin()
    {
        var summits = await _client.OkJsonAsync<List<SummitResponse>>("/api/v1/summits?from=2023-08-01&to=2023-08-31");

        var brics = summits.Single(s => s.Slug == "brics-2023");
        brics.Host.Should().Be("ZAF");
        brics.Obligations.Should().Contain(o =>
            o.Person == "vladimir-putin" && o.Obligation == Obligation.ArrestRequired);
    }

    [Fact]
    public async Task Summits_DefaultIsUpcoming()
    {
        var summits = await _client.OkJsonAsync<List<SummitResponse>>("/api/v1/summits");

        summits.Where(s => s.EndDate is not null).Should()
            .OnlyContain(s => s.EndDate >= DateOnly.FromDateTime(TravelRiskApp.Today.UtcDateTime));
    }

    [Fact]
    public async Task Summits_BadDate_400()
    {
        var problem = await _client.ProblemAsync("/api/v1/summits?from=soon", HttpStatusCode.BadRequest);

        problem.ErrorsFor("from").Should().ContainSingle();
    }
}
