namespace TravelRisk.Domain.Countries;

/// <summary>
/// A declaration under Art. 12(3) by which a State that is not a party accepts the Court's jurisdiction over
/// crimes in a period; the declaring State must then cooperate under Part 9.
/// </summary>
public sealed class Article12_3Declaration
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The declaring State (ISO alpha-3).</summary>
    public required string CountryIso3 { get; set; }

    /// <summary>Date lodged with the Registrar.</summary>
    public DateOnly? LodgedOn { get; set; }

    /// <summary>Start of the period of crimes covered.</summary>
    public DateOnly? CoversFrom { get; set; }

    /// <summary>End of the period covered; null means open-ended.</summary>
    public DateOnly? CoversTo { get; set; }

    /// <summary>Code of the situation it concerns, if it led to one.</summary>
    public string? SituationCode { get; set; }

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
