namespace TravelRisk.Domain.Cases;

/// <summary>A public ICC arrest warrant.</summary>
public sealed class Warrant
{
    /// <summary>Natural key, "&lt;leader-slug&gt;-&lt;year&gt;" (e.g. "omar-al-bashir-2010").</summary>
    public required string Code { get; set; }

    /// <summary>The person sought.</summary>
    public int LeaderId { get; set; }

    /// <summary>The situation the warrant was issued in.</summary>
    public required string SituationCode { get; set; }

    /// <summary>The Court's case number.</summary>
    public string? CaseNumber { get; set; }

    /// <summary>
    /// The day it was issued; the duty to arrest runs from then even while the warrant is sealed. Null when unknown.
    /// </summary>
    public DateOnly? IssuedOn { get; set; }

    /// <summary>
    /// When the issue date is unknown (a warrant issued under seal and unsealed later): the latest day it can have
    /// been issued, from the Court's own account (e.g. "issued in 2023" gives 31 December 2023 at the latest).
    /// </summary>
    public DateOnly? IssuedNoLaterThan { get; set; }

    /// <summary>When the issue date is unknown: the earliest day it can have been issued, if known.</summary>
    public DateOnly? IssuedNotBefore { get; set; }

    /// <summary>
    /// What the warrant is for: the core crimes, or offences against the administration of justice (Art. 70).
    /// </summary>
    public WarrantOffences Offences { get; set; }

    /// <summary>The day it was made public, when later than issue.</summary>
    public DateOnly? PublicOn { get; set; }

    /// <summary>Changes after issue.</summary>
    public List<WarrantEvent> Events { get; set; } = [];

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

    /// <summary>
    /// The first day the warrant is known to exist: its issue, or, when the issue date is unknown (some sealed
    /// warrants), the latest day it can have been issued, or else the day it was made public. Null when none is known.
    /// </summary>
    public DateOnly? KnownFrom => IssuedOn ?? IssuedNoLaterThan ?? PublicOn;

    /// <summary>
    /// Whether the warrant had been issued by <paramref name="day"/>. With an unknown issue date, a day before
    /// <see cref="KnownFrom"/> is uncertain unless it falls before <see cref="IssuedNotBefore"/> or before
    /// <paramref name="investigationOpenedOn"/>: a warrant is issued only after an investigation is initiated
    /// (Art. 58(1)).
    /// </summary>
    public WarrantIssue IssueOn(DateOnly day, DateOnly? investigationOpenedOn)
    {
        if (KnownFrom is not { } known || (day < known && IssuedOn is not null))
            return WarrantIssue.NotYetIssued;
        if (day >= known)
            return WarrantIssue.Issued;

        var earliest = Later(IssuedNotBefore, investigationOpenedOn);
        return earliest is { } from && day < from ? WarrantIssue.NotYetIssued : WarrantIssue.Uncertain;
    }

    /// <summary>Whether the warrant was issued but still under seal on <paramref name="day"/>.</summary>
    public bool SealedOn(DateOnly day) =>
        KnownFrom is { } issued && issued <= day && PublicOn is { } published && day < published;

    static DateOnly? Later(DateOnly? a, DateOnly? b) => (a, b) switch
    {
        ({ } x, { } y) => x > y ? x : y,
        _ => a ?? b,
    };

    /// <summary>The warrant's status on <paramref name="day"/> (<c>null</c> before it is known to exist).</summary>
    public WarrantStatus? StatusOn(DateOnly day)
    {
        if (KnownFrom is not { } from || day < from)
            return null;

        var status = WarrantStatus.Outstanding;
        DateOnly? latest = null;
        foreach (var change in Events)
        {
            if (change.On is { } on && on <= day && (latest is null || on >= latest))
            {
                status = change.Status;
                latest = on;
            }
        }

        return status;
    }

    /// <summary>Whether the warrant can be executed on <paramref name="day"/>.</summary>
    public bool IsOutstandingOn(DateOnly day) => StatusOn(day) == WarrantStatus.Outstanding;
}
