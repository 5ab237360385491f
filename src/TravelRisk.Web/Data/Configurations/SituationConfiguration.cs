using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Cases;

namespace TravelRisk.Web.Data.Configurations;

sealed class SituationConfiguration : IEntityTypeConfiguration<Situation>
{
    public void Configure(EntityTypeBuilder<Situation> situation)
    {
        situation.HasKey(s => s.Code);
        situation.Property(s => s.Code).HasMaxLength(40);
        situation.Property(s => s.Name).HasMaxLength(200);
        situation.Property(s => s.Number).HasMaxLength(20);
        // Short lists of ISO codes are stored as primitive collections (JSON in SQLite, arrays in PostgreSQL).
        situation.PrimitiveCollection(s => s.TerritoryIso3);
        situation.PrimitiveCollection(s => s.BoundIso3);
        situation.Property(s => s.ReferredBy).HasMaxLength(200);
        situation.Property(s => s.Resolution).HasMaxLength(100);
        situation.Property(s => s.Source).HasMaxLength(500);
        situation.Property(s => s.Notes).HasMaxLength(4000);
        situation.Property(s => s.InternalNotes).HasMaxLength(4000);
    }
}
