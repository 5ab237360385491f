namespace TravelRisk.Domain.Cases;

/// <summary>A change in a warrant's status after it was issued.</summary>
public sealed class WarrantEvent
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The warrant it concerns.</summary>
    public required string WarrantCode { get; set; }

    /// <summary>The status from <see cref="On"/>.</summary>
    public WarrantStatus Status { get; set; }

    /// <summary>What happened, in the Court's terms; it implies <see cref="Status"/>.</summary>
    public WarrantEnding Ending { get; set; }

    /// <summary>The day the status took effect; null when unknown.</summary>
    public DateOnly? On { get; set; }

    /// <summary>
    /// The State whose authorities arrested or surrendered the person under the warrant, when it was a State and
    /// not the person (a voluntary surrender); it shows that the Court's request had reached that State.
    /// </summary>
    public string? ExecutedByIso3 { get; set; }

    /// <summary>
    /// The day that State arrested the person under the warrant, when it differs from <see cref="On"/>.
    /// </summary>
    public DateOnly? ArrestedOn { get; set; }

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
