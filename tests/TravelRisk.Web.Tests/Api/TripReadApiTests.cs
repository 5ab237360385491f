using System.Net;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class TripReadApiTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    readonly HttpClient _client = seeded.Client;

    [Fact]
    public async Task List_FiltersByPersonAndStatus_WithFlags()
    {
        var page = await _client.OkJsonAsync<PageResponse<TripSummaryResponse>>(
            "/api/v1/trips?person=vladimir-putin&status=Delegated");

        page.Items.Should().NotBeEmpty()
            .And.OnlyContain(t => t.Person == "vladimir-putin" && t.Status == TripStatus.Delegated);
        page.Items.Should().Contain(t =>
            t.State == "ZAF" && t.Obligation == Obligation.ArrestRequired && t.Representative == "sergey-lavrov");
        page.Total.Should().Be(page.Items.Count);
    }

    [Fact]
    public async Task List_FiltersByObligationAndDates_AndPages()
    {
        var all = await _client.OkJsonAsync<PageResponse<TripSummaryResponse>>(
            "/api/v1/trips?obligation=ArrestRequired&from=2023-01-01&to=2024-12-31&pageSize=200");
        var first = await _client.OkJsonAsync<PageResponse<TripSummaryResponse>>(
            "/api/v1/trips?obligation=arrestrequired&from=2023-01-01&to=2024-12-31&pageSize=2&page=1");
        var second = await _client.OkJsonAsync<PageResponse<TripSummaryResponse>>(
            "/api/v1/trips?obligation=ArrestRequired&from=2023-01-01&to=2024-12-31&pageSize=2&page=2");

        all.Items.Should().OnlyContain(t => t.Obligation == Obligation.ArrestRequired
            && t.StartDate!.Value.Year >= 2023
            && t.StartDate.Value.Year <= 2024);
        all.Items.Select(t => t.State).Should().Contain(["ZAF", "MNG"]);
        (first.Total, first.Page, first.PageSize).Should().Be((all.Total, 1, 2));
        first.Items.Concat(second.Items).Select(t => t.Id).Should().Equal(all.Items.Take(4).Select(t => t.Id));
    }

    [Fact]
    public async Task List_IncludeRisk_CarriesEachTripsWholeAssessment_AndOtherwiseNone()
    {
        const string query = "/api/v1/trips?person=vladimir-putin&pageSize=100";
        var plain = await _client.GetStringAsync(query);
        var page = await _client.OkJsonAsync<PageResponse<TripSummaryResponse>>($"{query}&include=risk");

        plain.Should().NotContain("\"risk\"", "without include=risk a list is what it always was");
        page.Items.Select(t => t.Id).Should().Equal(
            (await _client.OkJsonAsync<PageResponse<TripSummaryResponse>>(query)).Items.Select(t => t.Id));
        foreach (var trip in page.Items.Take(5))
        {
            var alone = await _client.OkJsonAsync<TripRiskResponse>($"/api/v1/trips/{trip.Id}/risk");
            trip.Risk.Should().BeEquivalentTo(alone, "the list's assessment is the trip's own");
        }
        page.Items.Should().Contain(t => t.State == "ZAF" && t.Risk!.Explanation.Contains("Lavrov"));
        (await _client.OkJsonAsync<PageResponse<TripSummaryResponse>>($"{query}&include=%20RISK,,"))
            .Items.Should().OnlyContain(t => t.Risk != null, "case, spaces and empty words do not matter");
        (await _client.GetStringAsync($"{query}&include=,")).Should().Be(plain, "an include of nothing adds nothing");
    }

    [Theory]
    [InlineData("include=legs")]
    [InlineData("include=risk,sources")]
    public async Task List_IncludeSomethingElse_400NamingIt(string query)
    {
        var problem = await _client.ProblemAsync($"/api/v1/trips?{query}", HttpStatusCode.BadRequest);

        problem.ErrorsFor("include").Should().ContainSingle().Which.Should().Contain("'risk'");
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("status=Sunk", "status")]
    [InlineData("obligation=Maybe", "obligation")]
    [InlineData("from=2024-13-01", "from")]
    [InlineData("from=2024-05-01&to=2024-01-01", "to")]
    [InlineData("state=ZA", "state")]
    public async Task List_MalformedParameter_400(string query, string parameter)
    {
        var problem = await _client.ProblemAsync($"/api/v1/trips?{query}", HttpStatusCode.BadRequest);

        problem.ErrorsFor(parameter).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("person=nobody-at-all")]
    [InlineData("state=XXX")]
    public async Task List_UnknownPersonOrState_404(string query)
    {
        await _client.ProblemAsync($"/api/v1/trips?{query}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_HasLegsSourcesHistoryAndARevisionETag()
    {
        var id = (await _client.OkJsonAsync<PageResponse<TripSummaryResponse>>(
                "/api/v1/trips?person=benjamin-netanyahu&state=USA&pageSize=200"))
            .Items.First(t => t.Status == TripStatus.Reported).Id;
        using var response = await _client.GetAsync($"/api/v1/trips/{id}");
        var trip = await _client.OkJsonAsync<TripResponse>($"/api/v1/trips/{id}");

        response.Headers.ETag!.Tag.Should().Be($"\"trip-{id}-r1-d1\"");
        trip.Sources.Should().NotBeEmpty().And.OnlyContain(s => s.Outlet.Length > 0);
        trip.StatusHistory.Should().ContainSingle().Which.Actor.Should().Be("data/");
        trip.Assessment.TripId.Should().Be(id);
    }

    [Fact]
    public async Task Get_UnknownTrip_404()
    {
        await _client.ProblemAsync("/api/v1/trips/999999", HttpStatusCode.NotFound);
    }
}
