using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Data.Configurations;

sealed class TripRevisionConfiguration : IEntityTypeConfiguration<TripRevision>
{
    public void Configure(EntityTypeBuilder<TripRevision> revision)
    {
        revision.HasOne<Trip>().WithMany().HasForeignKey(r => r.TripId).OnDelete(DeleteBehavior.Restrict);
        revision.HasIndex(r => new { r.TripId, r.Number }).IsUnique();
        revision.Property(r => r.Actor).HasMaxLength(200);
        revision.Property(r => r.Summary).HasMaxLength(1000);
        // The field list is small and read only with its revision: a JSON column on both providers.
        revision.OwnsMany(r => r.Changes, changes => changes.ToJson());
    }
}
