using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.People;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Data;

/// <summary>
/// The app's store. Two empty subclasses (<see cref="SqliteTravelRiskDb"/>, <see cref="PostgresTravelRiskDb"/>)
/// carry one migrations set per provider; everything else asks for this type.
/// </summary>
public abstract class TravelRiskDb(DbContextOptions options)
    : IdentityDbContext<TravelRiskUser>(options), IDataProtectionKeyContext
{
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Article12_3Declaration> Declarations => Set<Article12_3Declaration>();
    public DbSet<StatuteReading> StatuteReadings => Set<StatuteReading>();
    public DbSet<Situation> Situations => Set<Situation>();
    public DbSet<Leader> Leaders => Set<Leader>();
    public DbSet<Position> Positions => Set<Position>();
    public DbSet<Warrant> Warrants => Set<Warrant>();
    public DbSet<WarrantEvent> WarrantEvents => Set<WarrantEvent>();
    public DbSet<Summit> Summits => Set<Summit>();
    public DbSet<Trip> Trips => Set<Trip>();
    public DbSet<TripLeg> TripLegs => Set<TripLeg>();
    public DbSet<TripSource> TripSources => Set<TripSource>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<SeedRun> SeedRuns => Set<SeedRun>();
    public DbSet<TripRevision> TripRevisions => Set<TripRevision>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>
    /// The data protection key ring (login cookies, antiforgery tokens), shared by every instance on this database
    /// so that a cookie issued by one instance is accepted by another.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder); // the Identity tables
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TravelRiskDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: the database stays readable and a reordered enum cannot corrupt it.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}

public sealed class SqliteTravelRiskDb(DbContextOptions<SqliteTravelRiskDb> options) : TravelRiskDb(options);

public sealed class PostgresTravelRiskDb(DbContextOptions<PostgresTravelRiskDb> options) : TravelRiskDb(options);
