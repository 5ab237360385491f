using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace TravelRisk.Web.Data;

/// <summary>
/// One change, one transaction (decision 0009): every writer runs its reads, checks and inserts inside
/// <see cref="WriteAsync{T}"/>, which commits them together or not at all.
/// SQLite: one writer at a time in this process (a gate), in a transaction begun as a writer (BEGIN IMMEDIATE), so
/// what the change read cannot be changed before it commits and the busy timeout covers other processes.
/// PostgreSQL (several instances): a writer takes a transaction-scoped advisory lock on what it changes
/// (<see cref="LockAsync"/>); a unique violation, serialization failure or deadlock that still happens starts the
/// change again on a fresh context, a few times, then gives up with <see cref="WriteConflictException"/> (409).
/// </summary>
public sealed class UnitOfWork(
    IDbContextFactory<TravelRiskDb> dbs,
    DatabaseOptions options,
    ILogger<UnitOfWork> logger) : IDisposable
{
    const int Attempts = 4;

    readonly SemaphoreSlim _sqliteWriter = new(1, 1);

    /// <summary>
    /// Runs <paramref name="change"/> in a new context and transaction and commits when <paramref name="commit"/>
    /// says so for its result (a refused change rolls back whatever it wrote).
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<TravelRiskDb, Task<T>> change, Func<T, bool> commit, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AttemptAsync(change, commit, ct);
            }
            catch (Exception e) when (IsRace(e) && attempt < Attempts)
            {
                logger.LogInformation(
                    "A concurrent write clashed ({Reason}); starting the change again (attempt {Attempt})",
                    Reason(e),
                    attempt + 1);
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
            catch (Exception e) when (IsRace(e))
            {
                throw new WriteConflictException(e);
            }
        }
    }

    async Task<T> AttemptAsync<T>(Func<TravelRiskDb, Task<T>> change, Func<T, bool> commit, CancellationToken ct)
    {
        var gated = options.Provider == DatabaseProvider.Sqlite && options.SqliteWriterGate;
        if (gated)
            await _sqliteWriter.WaitAsync(ct);
        try
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await using var sqliteWriter = await BeginSqliteWriterAsync(db, ct);
            await using var transaction = sqliteWriter is null
                ? await db.Database.BeginTransactionAsync(ct)
                : (await db.Database.UseTransactionAsync(sqliteWriter, ct))!;
            var result = await change(db);
            if (commit(result))
                await transaction.CommitAsync(ct);
            return result;
        }
        finally
        {
            if (gated)
                _sqliteWriter.Release();
        }
    }

    // Begun as a writer: a deferred transaction that reads and then writes fails at once with "database is locked"
    // when another writer got in between, whatever the busy timeout; BEGIN IMMEDIATE waits for the lock instead.
    static async Task<SqliteTransaction?> BeginSqliteWriterAsync(TravelRiskDb db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
            return null;
        await db.Database.OpenConnectionAsync(ct);
        return ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: false);
    }

    /// <summary>
    /// PostgreSQL: waits for, then holds until commit or rollback, a lock on <paramref name="resource"/>
    /// (e.g. "trip:42"), so instances changing the same thing take turns. SQLite needs none: its writers already take
    /// turns.
    /// </summary>
    public static async Task LockAsync(TravelRiskDb db, string resource, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({resource}, 0))", ct);
    }

    /// <summary>A clash with a concurrent write that starting again can resolve.</summary>
    static bool IsRace(Exception e) => e switch
    {
        DbUpdateConcurrencyException => true,
        PostgresException pg =>
            pg.SqlState is PostgresErrorCodes.UniqueViolation
                or PostgresErrorCodes.SerializationFailure
                or PostgresErrorCodes.DeadlockDetected,
        // 5 SQLITE_BUSY, 6 SQLITE_LOCKED; 2067 and 1555: a UNIQUE or PRIMARY KEY constraint.
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 || sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        DbUpdateException { InnerException: { } inner } => IsRace(inner),
        _ => false,
    };

    static string Reason(Exception e) => (e as DbUpdateException)?.InnerException?.Message ?? e.Message;

    public void Dispose() => _sqliteWriter.Dispose();
}
