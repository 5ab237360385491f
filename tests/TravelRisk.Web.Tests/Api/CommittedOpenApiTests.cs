using System.Text.Json;
using System.Text.Json.Nodes;
using TravelRisk.Tests;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// docs/openapi.json is the API's published contract. This fails when the code and the committed document differ;
/// to accept a deliberate change, run: UPDATE_OPENAPI=1 bash tests/run.sh Web
/// </summary>
public class CommittedOpenApiTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    static readonly string Committed = Path.Combine(RepoPaths.Root, "docs", "openapi.json");

    [Fact]
    public async Task GeneratedDocument_MatchesCommittedDocument()
    {
        var generated = Normalize(await seeded.Client.GetStringAsync("/swagger/v1/swagger.json"));
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
            await File.WriteAllTextAsync(Committed, generated);

        File.Exists(Committed).Should().BeTrue("docs/openapi.json is committed");
        var committed = Normalize(await File.ReadAllTextAsync(Committed));

        generated.Should().Be(
            committed,
            "the API changed without docs/openapi.json; run UPDATE_OPENAPI=1 bash tests/run.sh Web and commit " +
            "the result");
    }

    [Fact]
    public async Task Document_ListsEnumValuesByName()
    {
        var document = JsonNode.Parse(await seeded.Client.GetStringAsync("/swagger/v1/swagger.json"))!;

        var obligation = document["components"]!["schemas"]!["Obligation"]!["enum"]!.AsArray()
            .Select(v => v!.GetValue<string>());
        obligation.Should().Contain(
        [
            "ArrestRequired",
            "SecurityCouncilObligation",
            "Article12_3Declaration",
            "NoTreatyObligation",
            "NotWanted"
        ]);
    }

    [Fact]
    public async Task Document_HasExamplesForParametersAndWriteBodies()
    {
        var document = JsonNode.Parse(await seeded.Client.GetStringAsync("/swagger/v1/swagger.json"))!;

        var person = document["paths"]!["/api/v1/risk/check"]!["get"]!["parameters"]!.AsArray()
            .Single(p => p!["name"]!.GetValue<string>() == "person")!;
        person["example"]!.GetValue<string>().Should().Be("vladimir-putin");
        var trip = document["components"]!["schemas"]!["TripRequest"]!;
        trip["example"]!["leader"]!.GetValue<string>().Should().Be("vladimir-putin");
    }

    static string Normalize(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping
        }) + "\n";
}
