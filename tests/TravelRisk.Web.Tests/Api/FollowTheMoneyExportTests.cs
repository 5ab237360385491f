using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Tests;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// The FollowTheMoney export, checked by the FtM data model itself: tests/ftm/validate.mjs runs
/// @alephdata/followthemoney's defaultModel over the file (schemas, properties, value types, references).
/// </summary>
public class FollowTheMoneyExportTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    static readonly string ValidatorFolder = Path.Combine(RepoPaths.Root, "tests", "ftm");

    async Task<string[]> ExportAsync()
    {
        using var response = await seeded.Client.GetAsync("/api/v1/export/ftm.jsonl");
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/x-ndjson");
        return (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task Export_IsValidFollowTheMoneyByTheFtmModel()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllLinesAsync(file, await ExportAsync());

        var (exitCode, output) = await RunValidatorAsync(file);

        using var report = JsonDocument.Parse(output);
        report.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).Should().BeEmpty();
        exitCode.Should().Be(0);
        var bySchema = report.RootElement.GetProperty("bySchema");
        bySchema.GetProperty("Person").GetInt32().Should()
            .Be(await seeded.App.QueryAsync(db => db.Leaders.CountAsync()));
        bySchema.GetProperty("Sanction").GetInt32().Should()
            .Be(await seeded.App.QueryAsync(db => db.Warrants.CountAsync()));
        bySchema.GetProperty("Event").GetInt32().Should()
            .Be(await seeded.App.QueryAsync(db => db.Trips.CountAsync(t => t.RetractionReason == null)));
        bySchema.GetProperty("Occupancy").GetInt32().Should().BeGreaterThan(20);
        File.Delete(file);
    }

    [Fact]
    public async Task Export_IdsAreStableAndNamedForTheirRows()
    {
        var first = await ExportAsync();
        var second = await ExportAsync();

        second.Should().Equal(first, "an unchanged record exports the same lines in the same order");
        var putin = first
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Single(e => e.GetProperty("id").GetString() == "travelrisk-person-vladimir-putin");
        putin.GetProperty("schema").GetString().Should().Be("Person");
        var properties = putin.GetProperty("properties");
        properties.GetProperty("topics").EnumerateArray().Select(t => t.GetString())
            .Should().Contain(["wanted", "crime.war"]);
        properties.GetProperty("nationality").EnumerateArray().Single().GetString().Should().Be("ru");
        properties.GetProperty("wikidataId").EnumerateArray().Single().GetString().Should().Be("Q7747");
    }

    [Fact]
    public async Task Export_SanctionNamesTheCourtTheSituationAndTheDates()
    {
        var lines = await ExportAsync();

        var warrant = lines
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Single(e => e.GetProperty("id").GetString() == "travelrisk-warrant-abdurahem-al-kani-2023");
        var p = warrant.GetProperty("properties");
        string First(string name) => p.GetProperty(name).EnumerateArray().First().GetString()!;
        (First("entity"), First("authority"), First("program"), First("programId")).Should()
            .Be((
                "travelrisk-person-abdurahem-al-kani",
                "International Criminal Court",
                "Situation in Libya",
                "ICC-01/11"));
        First("startDate").Should().Be("2023", "only the year of this sealed warrant is known");
        First("listingDate").Should().Be("2024-10-04");
        First("status").Should().Be("Outstanding");
    }

    [Fact]
    public async Task Export_AnsweresConditionalGetsByTheDataVersion()
    {
        using var first = await seeded.Client.GetAsync("/api/v1/export/ftm.jsonl");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/export/ftm.jsonl");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);

        using var again = await seeded.Client.SendAsync(request);

        again.StatusCode.Should().Be(System.Net.HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Validator_RefusesWhatTheModelRefuses()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllLinesAsync(file,
        [
            """{"id":"a","schema":"Person","properties":{"name":["A"],"nationality":["qq"],"shoeSize":["42"]}}""",
            """{"id":"b","schema":"Sanction","properties":{"entity":["nobody"],"startDate":["2023-13-01"]}}""",
            """{"id":"c","schema":"Thing","properties":{"name":["C"]}}""",
        ]);

        var (exitCode, output) = await RunValidatorAsync(file);

        exitCode.Should().Be(1);
        using var report = JsonDocument.Parse(output);
        var errors = string.Join(
            "\n",
            report.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        errors.Should()
            .Contain("nationality value \"qq\" is not a valid country")
            .And.Contain("has no property shoeSize")
            .And.Contain("points to nobody")
            .And.Contain("startDate value \"2023-13-01\" is not a valid date")
            .And.Contain("Thing is abstract");
        File.Delete(file);
    }

    /// <summary>Runs the validator with node, installing its one npm package first when the folder lacks it.</summary>
    static async Task<(int ExitCode, string Output)> RunValidatorAsync(string file)
    {
        if (!Directory.Exists(Path.Combine(ValidatorFolder, "node_modules")))
            (await RunAsync("npm", "ci --no-audit --no-fund --loglevel=error")).ExitCode.Should()
                .Be(0, "npm ci in tests/ftm must succeed");
        return await RunAsync("node", $"validate.mjs \"{file}\"");
    }

    static async Task<(int ExitCode, string Output)> RunAsync(string command, string arguments)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = ValidatorFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output) + (await error));
    }
}
