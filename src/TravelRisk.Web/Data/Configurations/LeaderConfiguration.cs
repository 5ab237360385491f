using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.People;

namespace TravelRisk.Web.Data.Configurations;

sealed class LeaderConfiguration : IEntityTypeConfiguration<Leader>
{
    public void Configure(EntityTypeBuilder<Leader> leader)
    {
        leader.HasIndex(l => l.Slug).IsUnique();
        leader.Property(l => l.Slug).HasMaxLength(100);
        leader.Property(l => l.Name).HasMaxLength(200);
        leader.Property(l => l.ShortName).HasMaxLength(100);
        leader.Property(l => l.NationalityIso3).HasMaxLength(3).IsFixedLength();
        leader.HasOne<Country>().WithMany().HasForeignKey(l => l.NationalityIso3).OnDelete(DeleteBehavior.Restrict);
        leader.Property(l => l.WikidataId).HasMaxLength(16);
        leader.Property(l => l.Source).HasMaxLength(500);
        leader.Property(l => l.Notes).HasMaxLength(4000);
        leader.Property(l => l.InternalNotes).HasMaxLength(4000);
        leader.HasMany(l => l.Positions).WithOne().HasForeignKey(p => p.LeaderId);
        leader.HasMany(l => l.Warrants).WithOne().HasForeignKey(w => w.LeaderId).OnDelete(DeleteBehavior.Restrict);
    }
}
