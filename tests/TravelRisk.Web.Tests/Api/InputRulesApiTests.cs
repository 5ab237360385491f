using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// The input rules at the API's edge: each hostile value refused with the field named, and nothing written.
/// </summary>
public class InputRulesApiTests(WriterApp writer) : IClassFixture<WriterApp>
{
    static JsonObject ValidTrip() => JsonNode.Parse("""
        {"leader":"vladimir-putin","host":"KAZ","startDate":"2026-12-01","endDate":"2026-12-03","status":"Planned",
         "confidence":"Medium","notes":"Expected.",
         "legs":[{"kind":"Transit","country":"UZB","startDate":"2026-12-01"}],
         "sources":[{"url":"https://example.org/r","outlet":"Example News","publishedOn":"2026-11-20",
                     "quote":"He is expected."}]}
        """)!.AsObject();

    static JsonObject ValidSummit() => JsonNode.Parse("""
        {"name":"18th BRICS summit","series":"BRICS","host":"IND","city":"New Delhi",
         "startDate":"2027-06-01","endDate":"2027-06-02","source":"https://example.org/brics"}
        """)!.AsObject();

    async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string url, JsonNode body)
    {
        var request = writer.Request(HttpMethod.Post, url);
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await writer.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static TheoryData<string, string, string> HostileTrips => new()
    {
        { "notes", "\"\\u0000\\u0000\\u0000\"", "notes" },
        { "notes", "\"a\\u001b[31m red\"", "notes" },
        { "notes", JsonSerializer.Serialize(new string('n', 4001)), "notes" },
        { "startDate", "\"1899-12-31\"", "startDate" },
        { "endDate", "\"2101-01-01\"", "endDate" },
        { "startDate", "\"0001-01-01\"", "startDate" },
        { "endDate", "\"9999-12-31\"", "endDate" },
        { "status", "99", "status" },
        { "confidence", "\"7\"", "confidence" },
        {
            "sources",
            "[{\"url\":\"javascript:alert(1)\",\"outlet\":\"X\",\"publishedOn\":\"2026-11-20\",\"quote\":\"q\"}]",
            "sources[0].url"
        },
        {
            "sources",
            "[{\"url\":\"https://example.org/a\\r\\nb\",\"outlet\":\"X\"," +
            "\"publishedOn\":\"2026-11-20\",\"quote\":\"q\"}]",
            "sources[0].url"
        },
        {
            "sources",
            "[{\"url\":\"https://example.org/a\",\"outlet\":\"Reu\\u0000ters\"," +
            "\"publishedOn\":\"2026-11-20\",\"quote\":\"q\"}]",
            "sources[0].outlet"
        },
        {
            "sources",
            "[{\"url\":\"https://example.org/a\",\"outlet\":\"Two\\nlines\"," +
            "\"publishedOn\":\"2026-11-20\",\"quote\":\"q\"}]",
            "sources[0].outlet"
        },
        {
            "sources",
            "[{\"url\":\"https://example.org/a\",\"outlet\":\"X\",\"publishedOn\":\"1800-01-01\",\"quote\":\"q\"}]",
            "sources[0].publishedOn"
        },
        { "legs", "[{\"kind\":\"Visit\",\"country\":\"UZB\",\"startDate\":\"0001-01-01\"}]", "legs[0].startDate" },
        {
            "legs",
            "[{\"kind\":\"Visit\",\"country\":\"UZB\",\"notes\":\"tab\\tis fine, bell \\u0007 is not\"}]",
            "legs[0].notes"
        },
    };

    [Theory]
    [MemberData(nameof(HostileTrips))]
    public async Task PostTrip_HostileValue_400NamingTheFieldAndNothingWritten(
        string property,
        string json,
        string field)
    {
        var trip = ValidTrip();
        trip[property] = JsonNode.Parse(json);
        var before = await writer.CountAsync<Trip>();

        var (status, problem) = await PostAsync("/api/v1/trips", trip);

        status.Should().Be(HttpStatusCode.BadRequest, problem.ToString());
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
        (await writer.CountAsync<Trip>()).Should().Be(before);
    }

    [Theory]
    [InlineData("legs", 51)]
    [InlineData("sources", 51)]
    public async Task PostTrip_MoreThanFifty_400(string property, int count)
    {
        var trip = ValidTrip();
        var item = trip[property]!.AsArray()[0]!;
        trip[property] = new JsonArray([.. Enumerable.Range(0, count).Select(i =>
        {
            var copy = item.DeepClone();
            if (property == "sources")
                copy["url"] = $"https://example.org/r{i}";
            return copy;
        })]);

        var (status, problem) = await PostAsync("/api/v1/trips", trip);

        status.Should().Be(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty(property)[0].GetString().Should().Contain("At most 50");
    }

    [Fact]
    public async Task PostTrip_MultiLineNotesAndTrimmedText_Accepted()
    {
        var trip = ValidTrip();
        trip["notes"] = "  First line\r\n\tSecond line\n  ";

        var (status, body) = await PostAsync("/api/v1/trips", trip);

        status.Should().Be(HttpStatusCode.Created, body.ToString());
        body.GetProperty("notes").GetString().Should().Be("First line\r\n\tSecond line");
    }

    [Theory]
    [InlineData("startDate", "\"9999-12-31\"", "startDate")]
    [InlineData("endDate", "\"1899-01-01\"", "endDate")]
    [InlineData("source", "\"https://example.org/\\r\\nBEGIN:VEVENT\"", "source")]
    [InlineData("source", "\"data:text/html,hi\"", "source")]
    [InlineData("name", "\"BRICS\\u0000\"", "name")]
    [InlineData("city", "\"Delhi\\r\\nX-INJECTED:1\"", "city")]
    public async Task PostSummit_HostileValue_400NamingTheField(string property, string json, string field)
    {
        var summit = ValidSummit();
        summit[property] = JsonNode.Parse(json);

        var (status, problem) = await PostAsync("/api/v1/summits", summit);

        status.Should().Be(HttpStatusCode.BadRequest, problem.ToString());
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
    }
}
