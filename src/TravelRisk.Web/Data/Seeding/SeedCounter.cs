using Microsoft.EntityFrameworkCore;

namespace TravelRisk.Web.Data.Seeding;

/// <summary>Counts what a seeding run writes, including rows already saved part-way through the run.</summary>
sealed class SeedCounter
{
    int _added;
    int _updated;

    public SeedCounter(TravelRiskDb db) => db.SavingChanges += (_, _) => Tally(db);

    void Tally(TravelRiskDb db)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is SeedRun)
                continue;
            if (entry.State == EntityState.Added) _added++;
            else if (entry.State is EntityState.Modified or EntityState.Deleted) _updated++;
        }
    }

    public SeedReport Count() => new(_added, _updated);
}
