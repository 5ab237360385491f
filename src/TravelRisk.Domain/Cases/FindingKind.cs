namespace TravelRisk.Domain.Cases;

/// <summary>What a Chamber decided about a State's failure to arrest and surrender.</summary>
public enum FindingKind
{
    /// <summary>The State failed to comply with a request to arrest and surrender (Art. 87(7)).</summary>
    NonCompliance,

    /// <summary>The Chamber declined to make a finding of non-compliance.</summary>
    NoFinding,

    /// <summary>On appeal, the referral to the Assembly of States Parties or the Security Council was reversed.</summary>
    ReferralReversed,
}
