using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.People;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Data.Configurations;

sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> finding)
    {
        finding.HasKey(f => f.Code);
        finding.Property(f => f.Code).HasMaxLength(120);
        finding.Property(f => f.CountryIso3).HasMaxLength(3).IsFixedLength();
        finding.HasOne<Country>().WithMany().HasForeignKey(f => f.CountryIso3).OnDelete(DeleteBehavior.Restrict);
        finding.HasOne<Leader>().WithMany().HasForeignKey(f => f.LeaderId).OnDelete(DeleteBehavior.Restrict);
        finding.HasOne<Trip>().WithMany().HasForeignKey(f => f.TripId).OnDelete(DeleteBehavior.Restrict);
        finding.Property(f => f.Chamber).HasMaxLength(200);
        finding.Property(f => f.Document).HasMaxLength(400);
        finding.Property(f => f.OnImmunity).HasMaxLength(1000);
        finding.PrimitiveCollection(f => f.ReferredTo);
        finding.Property(f => f.Source).HasMaxLength(500);
        finding.Property(f => f.Notes).HasMaxLength(4000);
        finding.Property(f => f.InternalNotes).HasMaxLength(4000);
    }
}
