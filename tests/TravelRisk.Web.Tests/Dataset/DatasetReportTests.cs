using System.Globalization;
using System.Text.RegularExpressions;
using TravelRisk.Tests;
using TravelRisk.Web.Cli;
using TravelRisk.Web.Data.Seeding;

namespace TravelRisk.Web.Tests.Dataset;

public partial class DatasetReportTests
{
    [Fact]
    public void CommittedReport_MatchesTheData()
    {
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "data.md"));
        var asOf = DateOnly.ParseExact(
            AsOf().Match(committed).Groups[1].Value,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture);

        var regenerated = DatasetReport.Write(SeedDataReader.Read(RepoPaths.DataFolder), asOf);

        regenerated.Should().Be(
            committed,
            "docs/data.md must be regenerated after data/ changes (the command is in its first lines)");
    }

    [Fact]
    public void Report_CountsStatesByStatus()
    {
        var report = DatasetReport.Write(SeedDataReader.Read(RepoPaths.DataFolder), new DateOnly(2023, 8, 22));

        report.Should().Contain("| countries.csv | 196 |").And.Contain("## States by Rome Statute status on 2023-08-22")
            .And.Contain("| Withdrawn | 2 |", "Burundi and the Philippines had withdrawn by then");
    }

    [Fact]
    public void Report_ListsPlannedTripsWhoseLastDayIsBeforeAsOf()
    {
        var data = SeedDataReader.Read(RepoPaths.DataFolder);

        // No dates of its own: the Astana summit's last day (2026-05-29) counts.
        DatasetReport.PlannedButPast(data, new DateOnly(2026, 5, 29)).Should().NotContain("vladimir-putin-2026-05-kaz");
        DatasetReport.PlannedButPast(data, new DateOnly(2026, 5, 30)).Should().Contain("vladimir-putin-2026-05-kaz");
        // Neither the trip nor APEC Shenzhen has dates: the last day of the id's month counts.
        DatasetReport.PlannedButPast(data, new DateOnly(2026, 11, 30)).Should()
            .NotContain("vladimir-putin-2026-11-chn");
        DatasetReport.PlannedButPast(data, new DateOnly(2026, 12, 1)).Should().Contain("vladimir-putin-2026-11-chn")
            .And.NotContain("vladimir-putin-2026-12-usa", "the Miami G20 is on 14-15 December");
        DatasetReport.Write(data, new DateOnly(2026, 12, 1)).Should()
            .Contain("Trips still Planned although their last day was before 2026-12-01");
    }

    [GeneratedRegex(@"as of (\d{4}-\d{2}-\d{2})")]
    private static partial Regex AsOf();
}
