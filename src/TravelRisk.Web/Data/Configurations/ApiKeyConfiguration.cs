using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;


namespace TravelRisk.Web.Data.Configurations;

sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.HasIndex(k => k.Name).IsUnique();
        key.Property(k => k.Name).HasMaxLength(100);
        key.HasIndex(k => k.KeyHash).IsUnique();
        key.Property(k => k.KeyHash).HasMaxLength(64).IsFixedLength();
    }
}
