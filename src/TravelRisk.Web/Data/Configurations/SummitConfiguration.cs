using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Data.Configurations;

sealed class SummitConfiguration : IEntityTypeConfiguration<Summit>
{
    public void Configure(EntityTypeBuilder<Summit> summit)
    {
        summit.HasIndex(s => s.Slug).IsUnique();
        summit.Property(s => s.Slug).HasMaxLength(100);
        summit.Property(s => s.Name).HasMaxLength(200);
        summit.Property(s => s.Series).HasMaxLength(40);
        summit.Property(s => s.HostIso3).HasMaxLength(3).IsFixedLength();
        summit.HasOne<Country>().WithMany().HasForeignKey(s => s.HostIso3).OnDelete(DeleteBehavior.Restrict);
        summit.Property(s => s.City).HasMaxLength(100);
        summit.Property(s => s.Source).HasMaxLength(500);
        summit.Property(s => s.Notes).HasMaxLength(4000);
        summit.Property(s => s.InternalNotes).HasMaxLength(4000);
        summit.HasIndex(s => s.StartDate);
        summit.ToTable(t => t.HasCheckConstraint("CK_Summits_Dates", "\"EndDate\" >= \"StartDate\""));
    }
}
