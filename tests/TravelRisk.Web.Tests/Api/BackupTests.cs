using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Data;
using TravelRisk.Web.Security;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// <c>backup --output FILE</c> run as a real process against a running app (docs/deploy.md): on SQLite a consistent
/// copy taken while writers write, which a restored app serves with the same row counts; on PostgreSQL it points to
/// pg_dump.
/// </summary>
public class BackupTests : IAsyncLifetime
{
    readonly TravelRiskApp _app = new TravelRiskApp().With("RateLimits:WritesPerMinute", "100000");
    readonly string _folder = Directory.CreateTempSubdirectory("travelrisk-backup-").FullName;
    HttpClient _client = null!;
    string _key = "";

    public async Task InitializeAsync()
    {
        _client = _app.CreateClient();
        _key = (await _app.Services.GetRequiredService<ApiKeys>().CreateAsync("backup", CancellationToken.None))!;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    async Task<int> PostTripAsync(int n)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/trips")
        {
            Content = JsonContent.Create(new
            {
                leader = "vladimir-putin",
                host = "KAZ",
                startDate = $"{2030 + n % 60}-{1 + n % 12:00}-01",
                status = "Planned",
                confidence = "Low",
                sources = new[]
                {
                    new
                    {
                        url = $"https://example.org/backup/{n}",
                        outlet = "Example",
                        publishedOn = "2026-11-20",
                        quote = "Expected."
                    }
                },
            }, options: HttpAssertions.Json),
        };
        request.Headers.Add("X-Api-Key", _key);
        using var response = await _client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<TripResponse>(HttpAssertions.Json))!.Id;
    }

    static Dictionary<string, long> RowCounts(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' " +
                "AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
                tables.Add(reader.GetString(0));
        }
        return tables.ToDictionary(t => t, t => Scalar(connection, $"SELECT COUNT(*) FROM \"{t}\""));
    }

    static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task BackupUnderWriters_IsConsistent_AndRestoresWithTheSameRowCounts()
    {
        if (_app.Provider == DatabaseProvider.Postgres)
        {
            var refused = await AppProcess.RunUntilExitAsync(
                ["backup", "--output", Path.Combine(_folder, "x.db"), .. _app.DatabaseArguments]);
            (refused.ExitCode, refused.StandardError).Should()
                .Match<(int, string)>(r => r.Item1 == 2 && r.Item2.Contains("pg_dump"));
            return;
        }

        var before = new List<int>();
        for (var n = 0; n < 10; n++)
            before.Add(await PostTripAsync(n));
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var written = 0;
            for (var n = 100 * (w + 1); !stop.IsCancellationRequested; n++, written++)
                await PostTripAsync(n);
            return written;
        })).ToList();

        var underWriters = Path.Combine(_folder, "under-writers.db");
        var backup = await AppProcess.RunUntilExitAsync(
            ["backup", "--output", underWriters, .. _app.DatabaseArguments]);
        await stop.CancelAsync();
        var writtenMeanwhile = (await Task.WhenAll(writers)).Sum();

        backup.ExitCode.Should().Be(0, backup.StandardError);
        writtenMeanwhile.Should().BePositive("the writers were running while the backup was taken");
        using (var copy = new SqliteConnection($"Data Source={underWriters};Pooling=False"))
        {
            copy.Open();
            using var check = copy.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            check.ExecuteScalar().Should().Be("ok");
            Scalar(
                copy,
                "SELECT COUNT(*) FROM Trips t WHERE NOT EXISTS (SELECT 1 FROM TripRevisions r WHERE r.TripId = t.Id)")
                .Should().Be(0);
            Scalar(copy, $"SELECT COUNT(*) FROM Trips WHERE Id IN ({string.Join(',', before)})")
                .Should().Be(before.Count);
        }

        // Quiet now: a second backup, restored in place of a new app's database, has exactly the source's rows.
        var quiet = Path.Combine(_folder, "quiet.db");
        (await AppProcess.RunUntilExitAsync(["backup", "--output", quiet, .. _app.DatabaseArguments]))
            .ExitCode.Should().Be(0);
        var restored = Path.Combine(_folder, "restored.db");
        File.Copy(quiet, restored);
        await using var restoredApp = new TravelRiskApp()
            .With("ConnectionStrings:TravelRisk", $"Data Source={restored}");
        using var restoredClient = restoredApp.CreateClient();
        var last = before[^1];
        (await restoredClient.OkJsonAsync<TripResponse>($"/api/v1/trips/{last}")).Id.Should().Be(last);

        RowCounts(restored).Should().Equal(RowCounts(_app.DatabaseFile));
    }
}
