namespace TravelRisk.Web.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply migrations and seed data/ at start-up. On by default so a single SQLite node just works;
    /// a multi-instance PostgreSQL deployment turns it off and runs the one-off <c>migrate</c> command.
    /// </summary>
    public bool MigrateOnStartup { get; set; } = true;
}
