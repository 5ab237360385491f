namespace TravelRisk.Domain.Travel;

/// <summary>What became of a trip.</summary>
public enum TripStatus
{
    /// <summary>Announced or expected, not yet taken place.</summary>
    Planned,

    /// <summary>Reported to have taken place.</summary>
    Reported,

    /// <summary>Called off; the leader did not go.</summary>
    Cancelled,

    /// <summary>The leader took part by video instead of travelling.</summary>
    Virtual,

    /// <summary>The leader stayed away and sent a representative.</summary>
    Delegated,
}
