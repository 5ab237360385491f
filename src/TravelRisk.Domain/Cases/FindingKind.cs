namespace TravelRisk.Domain.Cases;

/// <summary>What a Chamber decided about a State's failure to arrest and surrender.</summary>
public enum FindingKind
{
    /// <summary>The State failed to comply with a request to arrest and surrender (Art. 87(7)).</summary>
    NonCompliance,

    /// <summary>The Chamber declined to make a finding of non-compliance.</summary>
    NoFinding,

    /// <summary>
    /// The Chamber informed the Security Council and the Assembly of States Parties of the person's presence in the
    /// State, for them to take any measure they deem appropriate, without finding that the State failed to comply
    /// (al-Bashir in Kenya and Chad, 2010, and Djibouti, 2011).
    /// </summary>
    PresenceReported,

    /// <summary>
    /// On appeal, the referral to the Assembly of States Parties or the Security Council was reversed.
    /// </summary>
    ReferralReversed,
}
