using Microsoft.EntityFrameworkCore;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Seeding;

/// <summary>
/// A start reads and compares data/ only when its files or the build changed since the last seeding (the
/// fingerprint kept on the seeding run; decision 0003).
/// </summary>
public class SeedFingerprintTests
{
    [Fact]
    public async Task Start_WithDataUnchanged_SkipsTheComparison_AndWithAFileChanged_ComparesEverything()
    {
        using var data = new SeedFolder();
        await using var first = new TravelRiskApp(data.Path);
        first.CreateClient().Dispose();
        // A probe the seeding would undo if it compared: a State's name changed behind its back.
        await first.QueryAsync(async db =>
        {
            var mongolia = await db.Countries.SingleAsync(c => c.Iso3 == "MNG");
            mongolia.Name = "Changed behind the seeding's back";
            await db.SaveChangesAsync();
            return 0;
        });

        await using (var unchanged = new TravelRiskApp(data.Path, shareDatabaseWith: first))
        {
            unchanged.CreateClient().Dispose();
            (await NameOfMongoliaAsync(unchanged)).Should().Be("Changed behind the seeding's back",
                "data/ and the build are as they were at the last seeding, so nothing was read or compared");
        }

        // One byte more in one file (a blank line changes no row) is a new fingerprint: everything is compared
        // again and the State follows data/.
        File.AppendAllText(Path.Combine(data.Path, "summits.csv"), "\n");
        await using var changed = new TravelRiskApp(data.Path, shareDatabaseWith: first);
        changed.CreateClient().Dispose();
        (await NameOfMongoliaAsync(changed)).Should().Be("Mongolia");
        var runs = await changed.QueryAsync(db => db.SeedRuns.OrderBy(r => r.Id).ToListAsync());
        runs[^1].DataFingerprint.Should().NotBeNull().And.NotBe(runs[0].DataFingerprint);
    }

    static Task<string> NameOfMongoliaAsync(TravelRiskApp app) =>
        app.QueryAsync(db => db.Countries.Where(c => c.Iso3 == "MNG").Select(c => c.Name).SingleAsync());
}
