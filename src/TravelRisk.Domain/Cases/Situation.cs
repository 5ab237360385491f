namespace TravelRisk.Domain.Cases;

/// <summary>An ICC situation under investigation.</summary>
public sealed class Situation
{
    /// <summary>Short slug, the natural key (e.g. "darfur", "ukraine").</summary>
    public required string Code { get; set; }

    /// <summary>The Court's name for the situation, e.g. "Situation in Ukraine".</summary>
    public required string Name { get; set; }

    /// <summary>The Court's number for the situation, e.g. "ICC-01/22".</summary>
    public string? Number { get; set; }

    /// <summary>ISO alpha-3 codes of the territory concerned.</summary>
    public List<string> TerritoryIso3 { get; set; } = [];

    /// <summary>How it reached the Court.</summary>
    public ReferralKind ReferralKind { get; set; }

    /// <summary>Date of the referral, if any.</summary>
    public DateOnly? ReferredOn { get; set; }

    /// <summary>Who referred it (ISO alpha-3 codes, or the UN Security Council).</summary>
    public string? ReferredBy { get; set; }

    /// <summary>The Security Council resolution, e.g. "S/RES/1593 (2005)".</summary>
    public string? Resolution { get; set; }

    /// <summary>States the Security Council resolution binds to cooperate (ISO alpha-3).</summary>
    public List<string> BoundIso3 { get; set; } = [];

    /// <summary>
    /// The date the Prosecutor opened a preliminary examination, when it matters (a State that later withdrew).
    /// </summary>
    public DateOnly? PreliminaryExaminationOpenedOn { get; set; }

    /// <summary>The date the investigation was opened by the Prosecutor or authorised by a Pre-Trial Chamber.</summary>
    public DateOnly? InvestigationOpenedOn { get; set; }

    /// <summary>The earliest date of the crimes the situation covers.</summary>
    public DateOnly? CrimesFrom { get; set; }

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
