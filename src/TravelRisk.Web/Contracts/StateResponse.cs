using TravelRisk.Domain.Countries;

namespace TravelRisk.Web.Contracts;

/// <summary>A State's Rome Statute timeline and its status on <c>asOf</c>.</summary>
public sealed record StateResponse(
    string Iso3,
    string Iso2,
    string Name,
    UnStatus UnStatus,
    DateOnly AsOf,
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
    string Source,
    IReadOnlyList<DeclarationResponse> Declarations,
    IReadOnlyList<OtherReadingResponse> OtherReadings)
{
    public static StateResponse For(Country c, DateOnly asOf)
    {
        var t = c.Timeline;
        return new(
            Iso3: c.Iso3,
            Iso2: c.Iso2,
            Name: c.Name,
            UnStatus: c.UnStatus,
            AsOf: asOf,
            Status: t.StatusOn(asOf),
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
            Disputed: c.IsDisputed,
            Notes: c.Notes,
            Source: c.Source,
            Declarations: [
                .. c.Declarations.OrderBy(d => d.LodgedOn)
                    .Select(d =>
                        new DeclarationResponse(
                            d.LodgedOn, d.CoversFrom, d.CoversTo, d.SituationCode, d.Source, d.Notes))],
            OtherReadings: [
                .. c.OtherReadings.Select(r =>
                    new OtherReadingResponse(r.Summary, r.Timeline.StatusOn(asOf), r.Source))]);
    }
}

/// <summary>An Art. 12(3) declaration and the period of crimes it covers (<c>coversTo</c> null: open-ended).</summary>
public sealed record DeclarationResponse(
    DateOnly? LodgedOn,
    DateOnly? CoversFrom,
    DateOnly? CoversTo,
    string? Situation,
    string Source,
    string? Notes);

/// <summary>Another reading of a disputed treaty record, and the status it would give on <c>asOf</c>.</summary>
public sealed record OtherReadingResponse(string Summary, StatuteStatus Status, string Source);
