using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

public class OpenApiTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task SwaggerDocument_DescribesEveryRiskEndpoint()
    {
        var document = await seeded.Client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain(
        [
            "/api/v1/risk/check",
            "/api/v1/risk/map",
            "/api/v1/people",
            "/api/v1/states",
            "/api/v1/states/{iso3}",
            "/api/v1/trips/{id}/risk"
        ]);
        var check = document.GetProperty("paths").GetProperty("/api/v1/risk/check").GetProperty("get");
        check.GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString())
            .Should().Contain(["person", "state", "date"]);
        check.GetProperty("responses").EnumerateObject().Select(r => r.Name).Should().Contain(["200", "400", "404"]);
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        var html = await seeded.Client.GetStringAsync("/swagger/index.html");

        html.Should().Contain("swagger-ui");
    }

    [Fact]
    public async Task QueryParameters_AreTypedAndRequiredAsTheEndpointsParseThem()
    {
        var document = await DocumentAsync();

        var check = Parameters(document, "/api/v1/risk/check", "get");
        (check["person"]["required"]?.GetValue<bool>(), check["state"]["required"]?.GetValue<bool>())
            .Should().Be((true, true));
        check["date"]["required"]?.GetValue<bool>().Should().NotBe(true, "date defaults to today");
        Schema(check["date"]).Should().Be("string/date");
        var trips = Parameters(document, "/api/v1/trips", "get");
        Schema(trips["page"]).Should().Be("integer/int32");
        (trips["pageSize"]["schema"]!["minimum"]!.GetValue<int>(),
            trips["pageSize"]["schema"]!["maximum"]!.GetValue<int>())
            .Should().Be((1, 200));
        trips["status"]["schema"]!["$ref"]!.GetValue<string>()
            .Should().Be("#/components/schemas/TripStatus", "the enum's own schema is reused");
        trips["obligation"]["schema"]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/Obligation");
        Schema(trips["includeRetracted"]).Should().Be("boolean/");
        trips["include"]["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal("risk");
        Schema(Parameters(document, "/api/v1/states", "get")["asOf"]).Should().Be("string/date");
        var untyped = Operations(document).SelectMany(o => o.Operation["parameters"]?.AsArray() ?? [])
            .Where(p => p!["in"]!.GetValue<string>() == "query"
                && p["schema"]!["type"]?.GetValue<string>() == "string"
                && p["schema"]!["format"] is null
                && p["schema"]!["enum"] is null)
            .Select(p => p!["name"]!.GetValue<string>()).Distinct();
        untyped.Should().BeEquivalentTo(
            ["person", "state", "search"],
            "only slugs, ISO codes and free text are plain strings");
    }

    /// <summary>
    /// The document tells the truth: leaving out a required parameter, or sending a value of the wrong type, is a 400
    /// naming it.
    /// </summary>
    [Fact]
    public async Task DocumentedParameters_AreEnforcedByTheirEndpoints()
    {
        var document = await DocumentAsync();
        var checkedCount = 0;
        foreach (var (path, _, operation) in Operations(document).Where(o => o.Method == "get"))
        {
            var parameters = operation["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
            if (parameters.Any(p => p["in"]!.GetValue<string>() == "path" && p["example"] is null))
                continue; // e.g. trips/{id}: no example to fill in
            var target = parameters.Where(p => p["in"]!.GetValue<string>() == "path")
                .Aggregate(path, (url, p) =>
                    url.Replace($"{{{p["name"]}}}", p["example"]!.ToString(), StringComparison.Ordinal));
            var query = parameters.Where(p => p["in"]!.GetValue<string>() == "query").ToList();
            var required = query
                .Where(p => p["required"]?.GetValue<bool>() == true)
                .ToDictionary(p => p["name"]!.GetValue<string>(), p => p["example"]!.ToString());
            foreach (var parameter in query)
            {
                var name = parameter["name"]!.GetValue<string>();
                var wrong = parameter["schema"]!["$ref"] is not null
                    || parameter["schema"]!["type"]!.GetValue<string>() is "integer" or "boolean"
                    || parameter["schema"]!["format"]?.GetValue<string>() == "date" ? "not-a-value" : null;
                if (required.ContainsKey(name))
                    await ExpectProblemNamingAsync(Url(target, required.Where(r => r.Key != name)), name);
                if (wrong is not null)
                    await ExpectProblemNamingAsync(Url(target, required.Append(new(name, wrong))), name);
                checkedCount += required.ContainsKey(name) || wrong is not null ? 1 : 0;
            }
        }
        checkedCount.Should().BeGreaterThan(20);
    }

    async Task ExpectProblemNamingAsync(string url, string parameter)
    {
        using var response = await seeded.Client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, url);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(parameter, url);
    }

    static string Url(string path, IEnumerable<KeyValuePair<string, string>> query) =>
        path + "?" + string.Join("&", query.Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}"));

    [Fact]
    public async Task Writes_ListTheirSuccessAndTheirProblemsAsProblemJson()
    {
        var document = await DocumentAsync();

        var create = document["paths"]!["/api/v1/trips"]!["post"]!["responses"]!;
        create["201"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>()
            .Should().Be("#/components/schemas/TripResponse");
        create["201"]!["headers"]!.AsObject().Select(h => h.Key).Should().Contain(["Location", "ETag"]);
        create["400"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>()
            .Should().Be("#/components/schemas/HttpValidationProblemDetails");
        create.AsObject().Select(r => r.Key).Should().Contain(["401", "413", "415", "429"]);
        create["429"]!["headers"]!["Retry-After"].Should().NotBeNull();
        var replace = document["paths"]!["/api/v1/trips/{id}"]!["put"]!;
        replace["responses"]!.AsObject().Select(r => r.Key)
            .Should().Contain(["200", "400", "401", "404", "412", "428"]);
        Parameters(document, "/api/v1/trips/{id}", "put")["If-Match"]["required"]!.GetValue<bool>().Should().BeTrue();
        Parameters(document, "/api/v1/trips/{id}/sources", "post")["If-Match"]["required"]?.GetValue<bool>()
            .Should().NotBe(true);
        document["paths"]!["/api/v1/summits"]!["post"]!["responses"]!["201"]!
            ["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>()
            .Should().Be("#/components/schemas/SummitResponse");

        foreach (var (path, method, operation) in Operations(document)
            .Where(o => o.Method is "post" or "put" or "delete"))
        {
            var responses = operation["responses"]!.AsObject();
            responses.Select(r => r.Key).Should().Contain(s => s.StartsWith('2'), $"{method} {path} lists its success");
            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
                response!["content"]!.AsObject().Select(c => c.Key)
                    .Should().Equal([OpenApiProblemJson], $"{method} {path} {status}");
        }
    }

    const string OpenApiProblemJson = "application/problem+json";

    [Fact]
    public async Task ApiKey_IsASchemeThatWritesRequireAndReadsDoNot()
    {
        var document = await DocumentAsync();

        var scheme = document["components"]!["securitySchemes"]!["ApiKey"]!;
        (scheme["type"]!.GetValue<string>(), scheme["in"]!.GetValue<string>(), scheme["name"]!.GetValue<string>())
            .Should().Be(("apiKey", "header", "X-Api-Key"));
        Security(document, "/api/v1/trips", "post").Should().Equal("ApiKey");
        Security(document, "/api/v1/summits", "post").Should().Equal("ApiKey");
        Security(document, "/api/v1/trips/{id}", "get")
            .Should().Equal(["", "ApiKey"], "a key is optional there: it adds the staff notes");
        document["paths"]!["/api/v1/risk/check"]!["get"]!["security"]!.AsArray()
            .Should().BeEmpty("public, and said so");
        Operations(document).Should().OnlyContain(
            o => o.Operation["security"] != null,
            "every operation says whether it needs a key");
        document["servers"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task EveryRead_ListsItsETagAndNotModified()
    {
        var document = await DocumentAsync();

        foreach (var (path, _, operation) in Operations(document).Where(o => o.Method == "get"))
        {
            operation["responses"]!["304"].Should().NotBeNull(path);
            operation["responses"]!["200"]!["headers"]!["ETag"].Should().NotBeNull(path);
            operation["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>())
                .Should().Contain("If-None-Match", path);
        }
        using var first = await seeded.Client.GetAsync("/api/v1/states");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/states");
        again.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);
        (await seeded.Client.SendAsync(again)).StatusCode.Should().Be(HttpStatusCode.NotModified, "as documented");
    }

    async Task<JsonNode> DocumentAsync() =>
        JsonNode.Parse(await seeded.Client.GetStringAsync("/swagger/v1/swagger.json"))!;

    static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (p.Key, o.Key, o.Value!)));

    static Dictionary<string, JsonNode> Parameters(JsonNode document, string path, string method) =>
        document["paths"]![path]![method]!["parameters"]!.AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);

    static string Schema(JsonNode parameter) =>
        $"{parameter["schema"]!["type"]?.GetValue<string>()}/{parameter["schema"]!["format"]?.GetValue<string>()}";

    /// <summary>The scheme each alternative names ("" for the anonymous one, <c>{}</c>).</summary>
    static IEnumerable<string> Security(JsonNode document, string path, string method) =>
        document["paths"]![path]![method]!["security"]!.AsArray()
            .Select(r => r!.AsObject().Select(s => s.Key).SingleOrDefault() ?? "");
}
