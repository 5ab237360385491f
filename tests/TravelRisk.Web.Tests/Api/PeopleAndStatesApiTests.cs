using System.Net;
using TravelRisk.Domain.Countries;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class PeopleAndStatesApiTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    readonly HttpClient _client = seeded.Client;

    [Theory]
    [InlineData("Erdogan", "recep-tayyip-erdogan")]
    [InlineData("ERDOĞAN", "recep-tayyip-erdogan")]
    [InlineData("putin", "vladimir-putin")]
    [InlineData("al-Bash", "omar-al-bashir")]
    public async Task People_SearchIgnoresCaseAndAccents(string search, string slug)
    {
        var people = await _client.OkJsonAsync<List<PersonResponse>>(
            $"/api/v1/people?search={Uri.EscapeDataString(search)}");

        people.Select(p => p.Slug).Should().Contain(slug);
    }

    [Fact]
    public async Task People_WantedPersonCarriesWarrants()
    {
        var people = await _client.OkJsonAsync<List<PersonResponse>>("/api/v1/people?search=bashir");

        var bashir = people.Single(p => p.Slug == "omar-al-bashir");
        bashir.Nationality.Should().Be("SDN");
        bashir.Warrants.Select(w => w.IssuedOn).Should().Contain([new DateOnly(2009, 3, 4), new DateOnly(2010, 7, 12)]);
    }

    [Fact]
    public async Task People_NoMatch_EmptyList()
    {
        (await _client.OkJsonAsync<List<PersonResponse>>("/api/v1/people?search=zzzzqqq")).Should().BeEmpty();
    }

    [Fact]
    public async Task People_SearchTooLong_400()
    {
        var problem = await _client.ProblemAsync(
            $"/api/v1/people?search={new string('a', 201)}",
            HttpStatusCode.BadRequest);

        problem.ErrorsFor("search").Should().ContainSingle();
    }

    [Theory]
    [InlineData("ZAF", "2017-01-01", StatuteStatus.PartyWithdrawing)]
    [InlineData("ZAF", "2017-03-07", StatuteStatus.Party)]
    [InlineData("BDI", "2017-10-27", StatuteStatus.Withdrawn)]
    [InlineData("UKR", "2024-12-31", StatuteStatus.PartyNotYetInForce)]
    [InlineData("UKR", "2025-01-01", StatuteStatus.Party)]
    [InlineData("USA", "2024-01-01", StatuteStatus.NonSignatory)]
    [InlineData("KGZ", "2024-01-01", StatuteStatus.Signatory)]
    public async Task State_StatusAsOf(string iso3, string asOf, StatuteStatus expected)
    {
        var state = await _client.OkJsonAsync<StateResponse>($"/api/v1/states/{iso3}?asOf={asOf}");

        state.Status.Should().Be(expected);
        state.Iso3.Should().Be(iso3);
    }

    [Fact]
    public async Task State_UkraineListsItsDeclarations()
    {
        var ukraine = await _client.OkJsonAsync<StateResponse>("/api/v1/states/UKR");

        ukraine.Declarations.Select(d => d.LodgedOn).Should()
            .Contain([new DateOnly(2014, 4, 17), new DateOnly(2015, 9, 8)]);
        ukraine.AsOf.Should().Be(DateOnly.FromDateTime(TravelRiskApp.Today.UtcDateTime));
    }

    [Fact]
    public async Task States_ListsEveryState()
    {
        var states = await _client.OkJsonAsync<List<StateResponse>>("/api/v1/states?asOf=2023-08-22");

        states.Should().HaveCount(196);
        states.Select(s => s.Name).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task State_Unknown_404()
    {
        await _client.ProblemAsync("/api/v1/states/XXX", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/v1/states/ZAFX", "iso3")]
    [InlineData("/api/v1/states/ZAF?asOf=2023-13-01", "asOf")]
    [InlineData("/api/v1/states?asOf=tomorrow", "asOf")]
    public async Task States_Malformed_400NamingTheParameter(string url, string parameter)
    {
        var problem = await _client.ProblemAsync(url, HttpStatusCode.BadRequest);

        problem.ErrorsFor(parameter).Should().ContainSingle();
    }
}
