using TravelRisk.Domain.Countries;

namespace TravelRisk.Web.Contracts;

/// <summary>A State's Rome Statute status on a day, with the dates it rests on.</summary>
public sealed record HostStatusResponse(
    StatuteStatus Status,
    DateOnly? SignedOn,
    DateOnly? DepositedOn,
    DepositKind? DepositKind,
    DateOnly? InForceOn,
    DateOnly? WithdrawalAnnouncedOn,
    DateOnly? WithdrawalNotifiedOn,
    DateOnly? WithdrawalEffectiveOn,
    DateOnly? WithdrawalTakesEffectOn,
    DateOnly? WithdrawalRevokedOn,
    DateOnly? SignatureWithdrawnOn,
    bool Disputed,
    string? Notes,
    string Source)
{
    public static HostStatusResponse For(Country country, DateOnly day)
    {
        var t = country.Timeline;
        return new(t.StatusOn(day), t.SignedOn, t.DepositedOn, t.DepositKind, t.InForceOn, t.WithdrawalAnnouncedOn, t.WithdrawalNotifiedOn,
            t.WithdrawalEffectiveOn, t.WithdrawalTakesEffectOn, t.WithdrawalRevokedOn, t.SignatureWithdrawnOn, country.IsDisputed, country.Notes, country.Source);
    }
}
