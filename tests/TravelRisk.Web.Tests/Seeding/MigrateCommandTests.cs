using Microsoft.EntityFrameworkCore;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Seeding;

public class MigrateCommandTests
{
    [Fact]
    public async Task Migrate_CreatesAndSeedsTheDatabase_ForInstancesThatDoNotMigrate()
    {
        await using var app = new TravelRiskApp().With("Database:MigrateOnStartup", "false");

        var outcome = await AppProcess.RunUntilExitAsync(["migrate", .. app.DatabaseArguments]);

        outcome.ExitCode.Should().Be(0, outcome.StandardError);
        outcome.StandardOutput.Should().Contain($"The {app.Provider} database is migrated and seeded.");
        app.CreateClient().Dispose();
        (await app.QueryAsync(db => db.Countries.CountAsync())).Should().Be(196);
    }
}
