using System.Net;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class HealthTests
{
    [Fact]
    public async Task GetHealth_DatabaseAnswers_Returns200()
    {
        await using var app = new TravelRiskApp();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task GetHealth_DatabaseUnreachable_Returns503()
    {
        await using var app = new TravelRiskApp()
            .With("Database:MigrateOnStartup", "false")
            .With("Database:Provider", "Sqlite")
            .With("ConnectionStrings:TravelRisk", "Data Source=/nonexistent-folder/travelrisk.db;Mode=ReadWrite");
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).Should().Be("Unhealthy");
    }
}
