namespace TravelRisk.Domain.Travel;

/// <summary>A further country on a trip: another visit, a transit stop or an overflight.</summary>
public sealed class TripLeg
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The trip.</summary>
    public int TripId { get; set; }

    /// <summary>Visit, transit or overflight.</summary>
    public LegKind Kind { get; set; }

    /// <summary>The State (ISO alpha-3).</summary>
    public required string CountryIso3 { get; set; }

    /// <summary>First day in or over that State; null when unknown (the trip's dates are then used).</summary>
    public DateOnly? StartDate { get; set; }

    /// <summary>Last day; null when the same as <see cref="StartDate"/> or unknown.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>URL of the report of this leg.</summary>
    public string? Source { get; set; }

    /// <summary>Caveats.</summary>
    public string? Notes { get; set; }

    /// <summary>
    /// Research notes for staff (Analysts and above): how a fact was checked, what is still unverified, where to look.
    /// Never published: pages show it to signed-in staff only, and no export, feed or anonymous API response
    /// carries it. <see cref="Notes"/> is the public note.
    /// </summary>
    public string? InternalNotes { get; set; }
}
