using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Travel;
using TravelRisk.Tests;
using TravelRisk.Web.Data.Seeding;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Seeding;

public class SeedingTests
{
    static int DataRows(string file) =>
        CsvFile.Read(RepoPaths.DataFolder, file, SeedColumnsFor(file), _ => 0).Count;

    static string[] SeedColumnsFor(string file) => file switch
    {
        "countries.csv" => SeedColumns.Countries,
        "trips.csv" => SeedColumns.Trips,
        "warrants.csv" => SeedColumns.Warrants,
        _ => throw new ArgumentOutOfRangeException(nameof(file)),
    };

    [Fact]
    public async Task Start_FreshDatabase_MigratesAndSeedsEveryFile()
    {
        await using var app = new TravelRiskApp().WithEmptyDatabase();

        app.CreateClient().Dispose();

        var counts = await app.QueryAsync(async db => new[]
        {
            await db.Countries.CountAsync(), await db.Trips.CountAsync(), await db.Warrants.CountAsync(),
        });
        counts.Should().Equal(DataRows("countries.csv"), DataRows("trips.csv"), DataRows("warrants.csv"));
        counts[0].Should().Be(196, "every UN member, the two observer states and the Cook Islands are seeded");
    }

    [Fact]
    public async Task Seed_SecondRun_ChangesNothing()
    {
        await using var app = new TravelRiskApp();
        app.CreateClient().Dispose();

        var report = await app.QueryAsync(db =>
            app.Services.GetRequiredService<DataSeeder>().SeedAsync(db, CancellationToken.None));

        report.ChangedNothing.Should().BeTrue(
            $"a second run over the same data/ added {report.Added} and updated {report.Updated} rows");
    }

    [Fact]
    public async Task Start_SecondStartOnSameFile_KeepsAnalystEditsToTrips()
    {
        await using var first = new TravelRiskApp();
        first.CreateClient().Dispose();
        var slug = await first.QueryAsync(async db =>
        {
            var trip = await db.Trips.OrderBy(t => t.Id).FirstAsync();
            trip.Notes = "Edited by an analyst";
            await db.SaveChangesAsync();
            return trip.Slug;
        });

        await using var second = new TravelRiskApp(shareDatabaseWith: first);
        second.CreateClient().Dispose();

        var notes = await second.QueryAsync(db =>
            db.Trips.Where(t => t.Slug == slug).Select(t => t.Notes).SingleAsync());
        notes.Should().Be("Edited by an analyst");
    }

    [Fact]
    public async Task Start_DatabaseFromThePreSquashMigrations_IsRefusedInWords_AndLeftAsItWas()
    {
        using var data = new SeedFolder();
        var database = Path.Combine(data.Path, "old.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}"))
        {
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            command.CommandText =
                "CREATE TABLE \"__EFMigrationsHistory\" (MigrationId TEXT PRIMARY KEY, ProductVersion TEXT NOT NULL);" +
                "INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261124142213_Initial', '10.0.0'), " +
                "('20261124144040_AddSeedRuns', '10.0.0');";
            await command.ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var outcome = await AppProcess.RunUntilExitAsync(
            $"--Data:Path={data.Path}",
            $"--ConnectionStrings:TravelRisk=Data Source={database}");

        outcome.ExitCode.Should().Be(1);
        LastLine(outcome.StandardError).Should()
            .StartWith("TravelRisk cannot start: The database was made by a schema this build does not know")
            .And.Contain("20261124142213_Initial")
            .And.Contain("start a new database");
        await using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}");
        await check.OpenAsync();
        var tables = check.CreateCommand();
        tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        ((long)(await tables.ExecuteScalarAsync())!).Should().Be(1, "nothing was created beside the old history");
    }

    [Theory]
    [InlineData("not-a-date", "start_date", "is not a date in the form yyyy-MM-dd")]
    [InlineData("2023-10-12", "leader_slug", "is not in leaders.csv")]
    public async Task Start_MalformedTripRow_FailsNamingFileLineAndColumn_AndWritesNothing(
        string startDate,
        string column,
        string problem)
    {
        using var data = new SeedFolder();
        var leader = column == "leader_slug" ? "nobody-at-all" : "vladimir-putin";
        var line = data.AppendLine(
            "trips.csv",
            $"test-trip,{leader},KGZ,,{startDate},,Reported,,High,https://example.org/report,Example,,,,");
        var database = Path.Combine(data.Path, "travelrisk.db");

        var outcome = await AppProcess.RunUntilExitAsync(
            $"--Data:Path={data.Path}",
            $"--ConnectionStrings:TravelRisk=Data Source={database}");

        outcome.ExitCode.Should().Be(1);
        LastLine(outcome.StandardError).Should()
            .StartWith("TravelRisk cannot start: The seed data is invalid, so nothing was written.")
            .And.Contain($"trips.csv, line {line}, column '{column}'")
            .And.Contain(problem);
        CountRows(database, "Countries").Should().Be(0, "nothing is written when any row is bad");
    }

    [Fact]
    public async Task Start_RowWithTooFewFields_NamesTheMissingColumn()
    {
        using var data = new SeedFolder();
        var line = data.AppendLine("countries.csv", "XXX,XX,Nowhere");

        var outcome = await AppProcess.RunUntilExitAsync(
            $"--Data:Path={data.Path}",
            $"--ConnectionStrings:TravelRisk=Data Source={data.Path}/t.db");

        outcome.ExitCode.Should().Be(1);
        LastLine(outcome.StandardError).Should().Contain($"countries.csv, line {line}, column 'un_status'");
    }

    [Fact]
    public async Task Start_DelegatedTripWithoutRepresentative_IsRejected()
    {
        using var data = new SeedFolder();
        data.AppendLine(
            "trips.csv",
            "test-trip,vladimir-putin,ZAF,,2023-08-22,2023-08-24,Delegated,,High," +
            "https://example.org/report,Example,,,,");

        var outcome = await AppProcess.RunUntilExitAsync(
            $"--Data:Path={data.Path}",
            $"--ConnectionStrings:TravelRisk=Data Source={data.Path}/t.db");

        outcome.ExitCode.Should().Be(1);
        LastLine(outcome.StandardError).Should()
            .Contain("column 'representative_slug'")
            .And.Contain("must name the representative");
    }

    [Fact]
    public async Task Start_MissingDataFolder_GivesOneClearMessage()
    {
        var database = Path.Combine(Path.GetTempPath(), $"travelrisk-{Guid.NewGuid():N}.db");

        var outcome = await AppProcess.RunUntilExitAsync(
            "--Data:Path=/nonexistent/travelrisk-data",
            $"--ConnectionStrings:TravelRisk=Data Source={database}");

        outcome.ExitCode.Should().Be(1);
        LastLine(outcome.StandardError).Should()
            .Contain("The data folder '/nonexistent/travelrisk-data' does not exist");
        File.Delete(database);
    }

    [Fact]
    public async Task Start_MalformedConnectionString_GivesOneClearMessage()
    {
        var outcome = await AppProcess.RunUntilExitAsync("--ConnectionStrings:TravelRisk=Data Source=x.db;Colour=blue");

        outcome.ExitCode.Should().Be(1);
        outcome.StandardError.Trim().Should()
            .StartWith("TravelRisk cannot start: ConnectionStrings:TravelRisk is not a valid SQLite connection string")
            .And.NotContain(" at ", "a configuration mistake gets one line, not a stack trace");
    }

    static string LastLine(string text) => text.TrimEnd().Split('\n')[^1];

    [Fact]
    public async Task SaveTrip_EndBeforeStart_IsRefusedByTheDatabase()
    {
        await using var app = new TravelRiskApp();
        app.CreateClient().Dispose();

        var save = () => app.QueryAsync(async db =>
        {
            var trip = await db.Trips.FirstAsync(t => t.Status == TripStatus.Reported && t.StartDate != null);
            trip.EndDate = trip.StartDate!.Value.AddDays(-1);
            return await db.SaveChangesAsync();
        });

        (await save.Should().ThrowAsync<DbUpdateException>())
            .Which.InnerException!.Message.Should().Contain("CK_Trips_Dates");
    }

    static long CountRows(string databaseFile, string table)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }
}
