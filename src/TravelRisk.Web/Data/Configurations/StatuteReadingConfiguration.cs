using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Countries;

namespace TravelRisk.Web.Data.Configurations;

sealed class StatuteReadingConfiguration : IEntityTypeConfiguration<StatuteReading>
{
    public void Configure(EntityTypeBuilder<StatuteReading> reading)
    {
        reading.Property(r => r.CountryIso3).HasMaxLength(3).IsFixedLength();
        reading.ComplexProperty(r => r.Timeline, StatuteTimelineColumns.Map);
        reading.Property(r => r.Summary).HasMaxLength(1000);
        reading.Property(r => r.Source).HasMaxLength(500);
    }
}
