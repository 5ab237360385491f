using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TravelRisk.Web.Data.Seeding;

namespace TravelRisk.Web.Data;

public static class DatabaseServices
{
    const string ConnectionStringName = "TravelRisk";
    const string DefaultSqlite = "Data Source=App_Data/travelrisk.db";

    /// <summary>
    /// Registers the configured provider's context as <see cref="TravelRiskDb"/>, with seeding from data/.
    /// </summary>
    public static IHostApplicationBuilder AddTravelRiskDatabase(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<SeedDataSource>();
        builder.Services.AddSingleton<DataSeeder>();
        builder.Services.AddSingleton<UnitOfWork>();
        // Registered before data protection's own hosted service, which reads the key ring from the database:
        // hosted services start in order, so the tables exist when it does (no "no such table" on a fresh database).
        builder.Services.AddSingleton<DatabaseInitializer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer>());

        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite =
                    SqliteConnectionString(connectionString ?? DefaultSqlite, builder.Environment.ContentRootPath);
                Register<SqliteTravelRiskDb>(builder.Services, db => db.UseSqlite(sqlite));
                break;
            case DatabaseProvider.Postgres:
                var postgres = PostgresConnectionString(connectionString);
                Register<PostgresTravelRiskDb>(builder.Services, db => db.UseNpgsql(postgres));
                break;
        }
        return builder;
    }

    static void Register<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> useProvider)
        where TContext : TravelRiskDb
    {
        services.AddDbContextFactory<TContext>((provider, db) =>
        {
            useProvider(db);
            // EF Core runs this after MigrateAsync (and EnsureCreated in tests): the one seeding path.
            db.UseAsyncSeeding(async (context, _, ct) =>
                await provider.GetRequiredService<DataSeeder>().SeedIfChangedAsync((TravelRiskDb)context, ct));
            db.UseSeeding((context, _) =>
                provider.GetRequiredService<DataSeeder>()
                    .SeedIfChangedAsync((TravelRiskDb)context, CancellationToken.None)
                    .GetAwaiter()
                    .GetResult());
        });
        services.AddSingleton<IDbContextFactory<TravelRiskDb>, TravelRiskDbFactory<TContext>>();
        // Keys live in the database every instance shares (docs/deploy.md), under one application name.
        services.AddDataProtection().SetApplicationName("TravelRisk").PersistKeysToDbContext<TContext>();
        services.AddScoped<TravelRiskDb>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
    }

    static string SqliteConnectionString(string connectionString, string contentRoot)
    {
        SqliteConnectionStringBuilder parsed;
        try
        {
            parsed = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new StartupException($"ConnectionStrings:{ConnectionStringName} is not a valid SQLite connection " +
                $"string ({e.Message}). Example: \"{DefaultSqlite}\".");
        }

        // A relative file is kept under the content root, wherever the app is started from.
        if (parsed.DataSource is { Length: > 0 } file
            && file != ":memory:"
            && parsed.Mode != SqliteOpenMode.Memory
            && !Path.IsPathRooted(file))
            parsed.DataSource = Path.Combine(contentRoot, file);
        return parsed.ToString();
    }

    static string PostgresConnectionString(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new StartupException($"Database:Provider is Postgres, so ConnectionStrings:{ConnectionStringName} " +
                "must name the server, " +
                "e.g. \"Host=127.0.0.1;Port=5432;Database=travelrisk;Username=travelrisk;Password=...\".");
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString).ConnectionString;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new StartupException($"ConnectionStrings:{ConnectionStringName} is not a valid PostgreSQL " +
                $"connection string ({e.Message}).");
        }
    }
}
