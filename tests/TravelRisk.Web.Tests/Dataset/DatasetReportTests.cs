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
        var asOf = DateOnly.ParseExact(AsOf().Match(committed).Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var regenerated = DatasetReport.Write(SeedDataReader.Read(RepoPaths.DataFolder), asOf);

        regenerated.Should().Be(committed, "docs/data.md must be regenerated after data/ changes (the command is in its first lines)");
    }

    [Fact]
    public void Report_CountsStatesByStatus()
    {
        var report = DatasetReport.Write(SeedDataReader.Read(RepoPaths.DataFolder), new DateOnly(2023, 8, 22));

        report.Should().Contain("| countries.csv | 195 |").And.Contain("## States by Rome Statute status on 2023-08-22")
            .And.Contain("| Withdrawn | 2 |", "Burundi and the Philippines had withdrawn by then");
    }

    [GeneratedRegex(@"as of (\d{4}-\d{2}-\d{2})")]
    private static partial Regex AsOf();
}
