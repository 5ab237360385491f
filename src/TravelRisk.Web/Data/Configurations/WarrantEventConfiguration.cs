using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Cases;

namespace TravelRisk.Web.Data.Configurations;

sealed class WarrantEventConfiguration : IEntityTypeConfiguration<WarrantEvent>
{
    public void Configure(EntityTypeBuilder<WarrantEvent> change)
    {
        change.Property(e => e.WarrantCode).HasMaxLength(100);
        change.Property(e => e.ExecutedByIso3).HasMaxLength(3).IsFixedLength();
        change.Property(e => e.Source).HasMaxLength(500);
        change.Property(e => e.Notes).HasMaxLength(4000);
        change.Property(e => e.InternalNotes).HasMaxLength(4000);
    }
}
