namespace TravelRisk.Domain.Countries;

/// <summary>A State's position under the Rome Statute on a given day.</summary>
public enum StatuteStatus
{
    /// <summary>Never signed, or withdrew its signature (and never deposited an instrument).</summary>
    NonSignatory,

    /// <summary>Signed but has not deposited an instrument of ratification.</summary>
    Signatory,

    /// <summary>Instrument deposited, but the Statute has not yet entered into force for it (Art. 126(2)).</summary>
    PartyNotYetInForce,

    /// <summary>A State Party.</summary>
    Party,

    /// <summary>A State Party that has notified withdrawal which has not yet taken effect (Art. 127(1)).</summary>
    PartyWithdrawing,

    /// <summary>Its withdrawal has taken effect.</summary>
    Withdrawn,
}
