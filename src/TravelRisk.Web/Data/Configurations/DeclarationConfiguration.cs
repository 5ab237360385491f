using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;

namespace TravelRisk.Web.Data.Configurations;

sealed class DeclarationConfiguration : IEntityTypeConfiguration<Article12_3Declaration>
{
    public void Configure(EntityTypeBuilder<Article12_3Declaration> declaration)
    {
        declaration.ToTable("Declarations");
        declaration.Property(d => d.CountryIso3).HasMaxLength(3).IsFixedLength();
        declaration.Property(d => d.SituationCode).HasMaxLength(40);
        declaration.HasOne<Situation>()
            .WithMany()
            .HasForeignKey(d => d.SituationCode)
            .OnDelete(DeleteBehavior.Restrict);
        declaration.Property(d => d.Source).HasMaxLength(500);
        declaration.Property(d => d.Notes).HasMaxLength(4000);
        declaration.Property(d => d.InternalNotes).HasMaxLength(4000);
    }
}
