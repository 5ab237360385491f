namespace TravelRisk.Domain.Travel;

/// <summary>How a trip touched another State.</summary>
public enum LegKind
{
    /// <summary>A further country visited on the same trip.</summary>
    Visit,

    /// <summary>A stop on the way; counts like a host for the duty to arrest.</summary>
    Transit,

    /// <summary>Flying over; informational only, never an arrest obligation.</summary>
    Overflight,
}
