using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Data.Configurations;

sealed class TripSourceConfiguration : IEntityTypeConfiguration<TripSource>
{
    public void Configure(EntityTypeBuilder<TripSource> source)
    {
        source.Property(s => s.Url).HasMaxLength(1000);
        source.Property(s => s.Outlet).HasMaxLength(200);
        source.Property(s => s.Quote).HasMaxLength(1000);
    }
}
