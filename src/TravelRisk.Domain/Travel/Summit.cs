namespace TravelRisk.Domain.Travel;

/// <summary>A summit or other international meeting a leader might attend.</summary>
public sealed class Summit
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>Natural key, e.g. "brics-2023".</summary>
    public required string Slug { get; set; }

    /// <summary>E.g. "15th BRICS summit".</summary>
    public required string Name { get; set; }

    /// <summary>E.g. BRICS, G20, SCO, CIS.</summary>
    public required string Series { get; set; }

    /// <summary>Host State (ISO alpha-3).</summary>
    public required string HostIso3 { get; set; }

    /// <summary>Host city.</summary>
    public string? City { get; set; }

    /// <summary>First day; null while no date is fixed.</summary>
    public DateOnly? StartDate { get; set; }

    /// <summary>Last day; null while no date is fixed.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>URL of the record.</summary>
    public required string Source { get; set; }

    /// <summary>Caveats.</summary>
    public string? Notes { get; set; }

    /// <summary>
    /// Research notes for staff (Analysts and above): how a fact was checked, what is still unverified, where to look.
    /// Never published: pages show it to signed-in staff only, and no export, feed or anonymous API response
    /// carries it. <see cref="Notes"/> is the public note.
    /// </summary>
    public string? InternalNotes { get; set; }
}
