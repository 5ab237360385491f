namespace TravelRisk.Domain.Travel;

/// <summary>How far a trip's record has been checked.</summary>
public enum ReviewState
{
    /// <summary>Entered, resting on fewer than two independent sources.</summary>
    Unverified,

    /// <summary>Two or more independent sources (different outlets on different sites) support it.</summary>
    Corroborated,

    /// <summary>An Editor checked the corroborated record. Any later change returns it to review.</summary>
    Verified,
}
