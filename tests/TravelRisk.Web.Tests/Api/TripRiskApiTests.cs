using System.Net;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class TripRiskApiTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    readonly HttpClient _client = seeded.Client;

    Task<int> TripIdAsync(string slug) =>
        seeded.App.QueryAsync(db => db.Trips.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync());

    [Fact]
    public async Task TripRisk_BricsJohannesburg_ArrestRequiredHadHeGone()
    {
        var id = await TripIdAsync("vladimir-putin-2023-08-zaf");

        var risk = await _client.OkJsonAsync<TripRiskResponse>($"/api/v1/trips/{id}/risk");

        risk.Obligation.Should().Be(Obligation.ArrestRequired);
        risk.TripStatus.Should().Be(TripStatus.Delegated);
        risk.Hypothetical.Should().BeTrue();
        (risk.DecidingState, risk.DecidingDay).Should().Be(("ZAF", new DateOnly(2023, 8, 22)));
        risk.Explanation.Should()
            .StartWith("Vladimir Putin stayed away from South Africa and sent Sergey Lavrov instead.");
    }

    [Fact]
    public async Task TripRisk_Mongolia2024_ArrestRequiredAndReported()
    {
        var id = await seeded.App.QueryAsync(db => db.Trips
            .Where(t => t.HostIso3 == "MNG" && t.Status == TripStatus.Reported)
            .Select(t => t.Id)
            .FirstAsync());

        var risk = await _client.OkJsonAsync<TripRiskResponse>($"/api/v1/trips/{id}/risk");

        (risk.Obligation, risk.Hypothetical).Should().Be((Obligation.ArrestRequired, false));
        risk.HostStatus!.Status.Should().Be(Domain.Countries.StatuteStatus.Party);
    }

    [Fact]
    public async Task TripRisk_KyrgyzstanDecember2022_NotWanted()
    {
        var id = await seeded.App.QueryAsync(db => db.Trips
            .Where(t => t.HostIso3 == "KGZ" && t.StartDate!.Value.Year == 2022)
            .Select(t => t.Id)
            .FirstAsync());

        var risk = await _client.OkJsonAsync<TripRiskResponse>($"/api/v1/trips/{id}/risk");

        risk.Obligation.Should().Be(Obligation.NotWanted);
    }

    [Fact]
    public async Task TripRisk_UnknownTrip_404()
    {
        await _client.ProblemAsync("/api/v1/trips/999999/risk", HttpStatusCode.NotFound);
    }
}
