namespace TravelRisk.Domain.Rules;

/// <summary>Which branch of the rules decided an obligation; the explanation is written from it.</summary>
public enum ObligationReason
{
    /// <summary>The trip has no known date.</summary>
    DatesUnknown,

    /// <summary>The person has no public ICC arrest warrant.</summary>
    NoWarrant,

    /// <summary>Every warrant was issued after the day.</summary>
    WarrantNotYetIssued,

    /// <summary>Every warrant had been executed, withdrawn or vacated by the day.</summary>
    WarrantNoLongerOutstanding,

    /// <summary>The Statute is in force for the host: Art. 86, 89(1).</summary>
    StatePartyInForce,

    /// <summary>The host has notified withdrawal, which has not yet taken effect: still bound, Art. 127(1).</summary>
    StatePartyWithdrawalPending,

    /// <summary>
    /// The withdrawal took effect after the investigation was opened: the duty continues, Art. 127(2).
    /// </summary>
    ContinuingDutyAfterWithdrawal,

    /// <summary>A Security Council resolution under Chapter VII binds the host to cooperate.</summary>
    SecurityCouncilResolution,

    /// <summary>The host accepted jurisdiction by an Art. 12(3) declaration covering the situation.</summary>
    Article12_3Declaration,

    /// <summary>The host never signed the Statute.</summary>
    NeverSigned,

    /// <summary>The host signed but notified that it does not intend to become a party.</summary>
    SignatureWithdrawn,

    /// <summary>The host signed but has not ratified.</summary>
    SignatoryNotRatified,

    /// <summary>The host deposited its instrument but the Statute is not yet in force for it, Art. 126(2).</summary>
    NotYetInForce,

    /// <summary>
    /// The host's withdrawal took effect before the investigation was opened (or the opening date is unknown).
    /// </summary>
    WithdrawnNoContinuingDuty,

    /// <summary>
    /// A warrant of unknown issue date (issued under seal) may or may not have existed on the day, and would have
    /// given a stronger answer than the warrants certainly in force: the answer cannot be determined.
    /// </summary>
    WarrantIssueDateUncertain,
}
