using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TravelRisk.Web.Data;

// Used only by `dotnet ef` to build each provider's model when adding migrations; no database is opened.
sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTravelRiskDb>
{
    public SqliteTravelRiskDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTravelRiskDb>().UseSqlite("Data Source=design-time.db").Options);
}

sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTravelRiskDb>
{
    public PostgresTravelRiskDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTravelRiskDb>()
            .UseNpgsql("Host=localhost;Database=design_time")
            .Options);
}
