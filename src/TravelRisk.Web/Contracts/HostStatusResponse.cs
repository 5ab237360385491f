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
        return new(
            Status: t.StatusOn(day),
            SignedOn: t.SignedOn,
            DepositedOn: t.DepositedOn,
            DepositKind: t.DepositKind,
            InForceOn: t.InForceOn,
            WithdrawalAnnouncedOn: t.WithdrawalAnnouncedOn,
            WithdrawalNotifiedOn: t.WithdrawalNotifiedOn,
            WithdrawalEffectiveOn: t.WithdrawalEffectiveOn,
            WithdrawalTakesEffectOn: t.WithdrawalTakesEffectOn,
            WithdrawalRevokedOn: t.WithdrawalRevokedOn,
            SignatureWithdrawnOn: t.SignatureWithdrawnOn,
            Disputed: country.IsDisputed,
            Notes: country.Notes,
            Source: country.Source);
    }
}
