using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Cases;

namespace TravelRisk.Web.Data.Configurations;

sealed class WarrantConfiguration : IEntityTypeConfiguration<Warrant>
{
    public void Configure(EntityTypeBuilder<Warrant> warrant)
    {
        warrant.HasKey(w => w.Code);
        warrant.Property(w => w.Code).HasMaxLength(100);
        warrant.Property(w => w.SituationCode).HasMaxLength(40);
        warrant.HasOne<Situation>().WithMany().HasForeignKey(w => w.SituationCode).OnDelete(DeleteBehavior.Restrict);
        warrant.Property(w => w.CaseNumber).HasMaxLength(100);
        warrant.Property(w => w.Source).HasMaxLength(500);
        warrant.Property(w => w.Notes).HasMaxLength(4000);
        warrant.Property(w => w.InternalNotes).HasMaxLength(4000);
        warrant.HasMany(w => w.Events).WithOne().HasForeignKey(e => e.WarrantCode);
    }
}
