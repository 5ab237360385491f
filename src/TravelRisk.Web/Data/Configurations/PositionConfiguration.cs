using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.People;

namespace TravelRisk.Web.Data.Configurations;

sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> position)
    {
        position.Property(p => p.Title).HasMaxLength(200);
        position.Property(p => p.CountryIso3).HasMaxLength(3).IsFixedLength();
        position.HasOne<Country>().WithMany().HasForeignKey(p => p.CountryIso3).OnDelete(DeleteBehavior.Restrict);
        position.Property(p => p.Source).HasMaxLength(500);
    }
}
