namespace TravelRisk.Domain.Cases;

/// <summary>How a situation reached the Court (Art. 13).</summary>
public enum ReferralKind
{
    /// <summary>Referred by a State Party, Art. 13(a) and 14.</summary>
    StateParty,

    /// <summary>Referred by the UN Security Council acting under Chapter VII, Art. 13(b).</summary>
    SecurityCouncil,

    /// <summary>
    /// Opened by the Prosecutor proprio motu with a Pre-Trial Chamber's authorisation, Art. 13(c) and 15.
    /// </summary>
    ProprioMotu,
}
