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

    /// <summary>
    /// SQLite: let one write transaction run at a time in this process (decision 0009). On by default; off only to
    /// measure BEGIN IMMEDIATE and the busy timeout alone (tools/measure-writes.sh).
    /// </summary>
    public bool SqliteWriterGate { get; set; } = true;
}
