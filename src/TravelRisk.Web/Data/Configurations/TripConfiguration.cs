using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.People;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Data.Configurations;

sealed class TripConfiguration : IEntityTypeConfiguration<Trip>
{
    public void Configure(EntityTypeBuilder<Trip> trip)
    {
        trip.HasIndex(t => t.Slug).IsUnique();
        trip.Property(t => t.Slug).HasMaxLength(120);
        trip.HasOne<Leader>().WithMany().HasForeignKey(t => t.LeaderId).OnDelete(DeleteBehavior.Restrict);
        trip.HasOne<Leader>().WithMany().HasForeignKey(t => t.RepresentativeId).OnDelete(DeleteBehavior.Restrict);
        trip.Property(t => t.HostIso3).HasMaxLength(3).IsFixedLength();
        trip.HasOne<Country>().WithMany().HasForeignKey(t => t.HostIso3).OnDelete(DeleteBehavior.Restrict);
        trip.HasOne<Summit>().WithMany().HasForeignKey(t => t.SummitId).OnDelete(DeleteBehavior.Restrict);
        trip.Property(t => t.Notes).HasMaxLength(4000);
        trip.Property(t => t.InternalNotes).HasMaxLength(4000);
        trip.HasMany(t => t.Legs).WithOne().HasForeignKey(l => l.TripId);
        trip.HasMany(t => t.Sources).WithOne().HasForeignKey(s => s.TripId);
        trip.Property(t => t.RetractionReason).HasMaxLength(1000);
        trip.HasIndex(t => t.Review);
        trip.Property(t => t.Revision).IsConcurrencyToken();
        trip.HasIndex(t => t.StartDate);
        trip.HasIndex(t => new { t.LeaderId, t.StartDate });

        // The database enforces the model's invariants too, so no path around Trip.Validate() can store a broken trip.
        trip.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Trips_Dates", "\"EndDate\" >= \"StartDate\"");
            t.HasCheckConstraint("CK_Trips_Representative",
                "(\"Status\" = 'Delegated' AND \"RepresentativeId\" IS NOT NULL) OR (\"Status\" <> 'Delegated' AND " +
                "\"RepresentativeId\" IS NULL)");
        });
    }
}
