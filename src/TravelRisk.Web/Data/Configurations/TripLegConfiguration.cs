using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Data.Configurations;

sealed class TripLegConfiguration : IEntityTypeConfiguration<TripLeg>
{
    public void Configure(EntityTypeBuilder<TripLeg> leg)
    {
        leg.Property(l => l.CountryIso3).HasMaxLength(3).IsFixedLength();
        leg.HasOne<Country>().WithMany().HasForeignKey(l => l.CountryIso3).OnDelete(DeleteBehavior.Restrict);
        leg.Property(l => l.Source).HasMaxLength(500);
        leg.Property(l => l.Notes).HasMaxLength(4000);
        leg.Property(l => l.InternalNotes).HasMaxLength(4000);
    }
}
