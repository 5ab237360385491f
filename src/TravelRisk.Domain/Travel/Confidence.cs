namespace TravelRisk.Domain.Travel;

/// <summary>How sure the record is of a trip's facts.</summary>
public enum Confidence
{
    /// <summary>A single or indirect report.</summary>
    Low,

    /// <summary>A credible report not yet corroborated, or one whose URL is unknown.</summary>
    Medium,

    /// <summary>Official or several independent reports.</summary>
    High,
}
