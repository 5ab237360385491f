using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Countries;

namespace TravelRisk.Web.Data.Configurations;

sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> country)
    {
        country.HasKey(c => c.Iso3);
        country.Property(c => c.Iso3).HasMaxLength(3).IsFixedLength();
        country.Property(c => c.Iso2).HasMaxLength(2).IsFixedLength();
        country.HasIndex(c => c.Iso2).IsUnique();
        country.Property(c => c.Name).HasMaxLength(100);
        country.Property(c => c.WikidataId).HasMaxLength(16);
        country.Property(c => c.Source).HasMaxLength(500);
        country.Property(c => c.Notes).HasMaxLength(4000);
        country.Property(c => c.InternalNotes).HasMaxLength(4000);

        // The timeline is a value with no identity of its own: its dates are columns of the Countries table.
        country.ComplexProperty(c => c.Timeline, StatuteTimelineColumns.Map);

        country.HasMany(c => c.OtherReadings).WithOne().HasForeignKey(r => r.CountryIso3);
        country.HasMany(c => c.Declarations).WithOne().HasForeignKey(d => d.CountryIso3);
    }
}
