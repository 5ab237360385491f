using System.Net.Http.Json;
using System.Text.Json;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class OpenApiTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task SwaggerDocument_DescribesEveryRiskEndpoint()
    {
        var document = await seeded.Client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain(["/api/v1/risk/check", "/api/v1/risk/map", "/api/v1/people", "/api/v1/states", "/api/v1/states/{iso3}", "/api/v1/trips/{id}/risk"]);
        var check = document.GetProperty("paths").GetProperty("/api/v1/risk/check").GetProperty("get");
        check.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Should().Contain(["person", "state", "date"]);
        check.GetProperty("responses").EnumerateObject().Select(r => r.Name).Should().Contain(["200", "400", "404"]);
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        var html = await seeded.Client.GetStringAsync("/swagger/index.html");

        html.Should().Contain("swagger-ui");
    }
}
