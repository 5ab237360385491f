namespace TravelRisk.Domain.Countries;

/// <summary>
/// The dates on which a State's relationship to the Rome Statute changed. Every date may be unknown (null).
/// </summary>
public sealed record StatuteTimeline
{
    /// <summary>Date of signature.</summary>
    public DateOnly? SignedOn { get; init; }

    /// <summary>
    /// Date the instrument of ratification, accession or succession was deposited with the UN Secretary-General.
    /// </summary>
    public DateOnly? DepositedOn { get; init; }

    /// <summary>What kind of instrument was deposited.</summary>
    public DepositKind? DepositKind { get; init; }

    /// <summary>Entry into force for this State (Art. 126).</summary>
    public DateOnly? InForceOn { get; init; }

    /// <summary>Date the withdrawal was notified to the UN Secretary-General (Art. 127(1)).</summary>
    public DateOnly? WithdrawalNotifiedOn { get; init; }

    /// <summary>
    /// Date the withdrawal takes or took effect, as recorded; null when the record gives none. See
    /// <see cref="WithdrawalTakesEffectOn"/> for the date the rules use.
    /// </summary>
    public DateOnly? WithdrawalEffectiveOn { get; init; }

    /// <summary>Date the withdrawal notification was revoked (it then never takes effect).</summary>
    public DateOnly? WithdrawalRevokedOn { get; init; }

    /// <summary>Date the State notified that it does not intend to become a party ("unsigning").</summary>
    public DateOnly? SignatureWithdrawnOn { get; init; }

    /// <summary>
    /// Date a government announced that it would withdraw, when that came before (or without) a notification.
    /// An announcement has no legal effect: only the written notification counts (Art. 127(1)).
    /// </summary>
    public DateOnly? WithdrawalAnnouncedOn { get; init; }

    /// <summary>
    /// The day a notified withdrawal takes (or took, or would have taken) effect: the recorded date, or else the
    /// date Art. 127(1) fixes, one year after the notification was received. Null when nothing was notified.
    /// </summary>
    public DateOnly? WithdrawalTakesEffectOn => WithdrawalEffectiveOn ?? WithdrawalNotifiedOn?.AddYears(1);

    /// <summary>
    /// Whether <see cref="WithdrawalTakesEffectOn"/> is computed by Art. 127(1) rather than recorded.
    /// </summary>
    public bool WithdrawalEffectComputed => WithdrawalEffectiveOn is null && WithdrawalNotifiedOn is not null;

    /// <summary>
    /// The day the Statute enters into force for an instrument deposited on <paramref name="depositedOn"/>:
    /// Art. 126(2), the first day of the month after the 60th day following the deposit;
    /// Art. 126(1), 1 July 2002 for the first sixty instruments (deposited up to 11 April 2002).
    /// </summary>
    public static DateOnly EntryIntoForceFor(DateOnly depositedOn)
    {
        if (depositedOn <= StatuteDates.SixtiethInstrumentDeposited)
            return StatuteDates.StatuteInForce;

        var sixtiethDay = depositedOn.AddDays(60);
        return new DateOnly(sixtiethDay.Year, sixtiethDay.Month, 1).AddMonths(1);
    }

    /// <summary>Whether a notified withdrawal was revoked before it took effect.</summary>
    public bool WithdrawalRevokedBeforeEffect =>
        WithdrawalRevokedOn is { } revoked && (WithdrawalTakesEffectOn is not { } effective || revoked < effective);

    /// <summary>The status on <paramref name="day"/>, reading only the dates that have happened by then.</summary>
    public StatuteStatus StatusOn(DateOnly day)
    {
        if (DepositedOn is { } deposited && deposited <= day)
        {
            if (InForceOn is not { } inForce || day < inForce)
                return StatuteStatus.PartyNotYetInForce;

            if (WithdrawalNotifiedOn is { } notified && notified <= day && !RevokedBy(day))
            {
                return WithdrawalTakesEffectOn is { } effective && effective <= day
                    ? StatuteStatus.Withdrawn
                    : StatuteStatus.PartyWithdrawing;
            }

            return StatuteStatus.Party;
        }

        if (SignedOn is { } signed && signed <= day && !(SignatureWithdrawnOn is { } unsigned && unsigned <= day))
            return StatuteStatus.Signatory;

        return StatuteStatus.NonSignatory;
    }

    bool RevokedBy(DateOnly day) =>
        WithdrawalRevokedBeforeEffect && WithdrawalRevokedOn is { } revoked && revoked <= day;
}
