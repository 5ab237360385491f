namespace TravelRisk.Domain.Cases;

/// <summary>
/// An ICC judicial decision on whether a State failed to arrest and surrender a wanted person during a visit
/// (Art. 87(7)), and whether the matter was referred to the Assembly of States Parties or the Security Council.
/// </summary>
public sealed class Finding
{
    /// <summary>
    /// Natural key, "&lt;iso3&gt;-&lt;leader-slug&gt;-&lt;yyyy&gt;" (e.g. "zaf-omar-al-bashir-2017").
    /// </summary>
    public required string Code { get; set; }

    /// <summary>The State concerned (ISO alpha-3).</summary>
    public required string CountryIso3 { get; set; }

    /// <summary>The person who was not arrested.</summary>
    public int LeaderId { get; set; }

    /// <summary>The visit it concerns.</summary>
    public int? TripId { get; set; }

    /// <summary>What was decided.</summary>
    public FindingKind Kind { get; set; }

    /// <summary>Date of the decision.</summary>
    public DateOnly? DecidedOn { get; set; }

    /// <summary>The day the decision was made public (or first reported), where its own date is not known.</summary>
    public DateOnly? PublicOn { get; set; }

    /// <summary>
    /// What the decision held on the person's immunity, as a clause that follows "it held that", with the source in
    /// <see cref="Source"/>; null when it said nothing on it.
    /// </summary>
    public string? OnImmunity { get; set; }

    /// <summary>E.g. "Pre-Trial Chamber II".</summary>
    public string? Chamber { get; set; }

    /// <summary>The decision's document number.</summary>
    public string? Document { get; set; }

    /// <summary>Bodies the matter was referred to: "ASP", "UNSC".</summary>
    public List<string> ReferredTo { get; set; } = [];

    /// <summary>URL of the decision or a report of it.</summary>
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
