namespace TravelRisk.Web.Data;

/// <summary>The value of <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default, for one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (Npgsql), for several instances sharing one database.</summary>
    Postgres,
}
