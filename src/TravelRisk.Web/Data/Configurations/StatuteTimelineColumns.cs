using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TravelRisk.Domain.Countries;

namespace TravelRisk.Web.Data.Configurations;

/// <summary>The columns of a Rome Statute timeline, the same in Countries and in StatuteReadings.</summary>
static class StatuteTimelineColumns
{
    public static void Map(ComplexPropertyBuilder<StatuteTimeline> timeline)
    {
        timeline.Property(t => t.SignedOn).HasColumnName("SignedOn");
        timeline.Property(t => t.DepositedOn).HasColumnName("DepositedOn");
        timeline.Property(t => t.DepositKind).HasColumnName("DepositKind");
        timeline.Property(t => t.InForceOn).HasColumnName("InForceOn");
        timeline.Property(t => t.WithdrawalAnnouncedOn).HasColumnName("WithdrawalAnnouncedOn");
        timeline.Property(t => t.WithdrawalNotifiedOn).HasColumnName("WithdrawalNotifiedOn");
        timeline.Property(t => t.WithdrawalEffectiveOn).HasColumnName("WithdrawalEffectiveOn");
        timeline.Property(t => t.WithdrawalRevokedOn).HasColumnName("WithdrawalRevokedOn");
        timeline.Property(t => t.SignatureWithdrawnOn).HasColumnName("SignatureWithdrawnOn");
    }
}
