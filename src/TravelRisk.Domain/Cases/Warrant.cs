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

    /// <summary>The day it was issued; the duty to arrest runs from then even while the warrant is sealed. Null when unknown.</summary>
    public DateOnly? IssuedOn { get; set; }

    /// <summary>The day it was made public, when later than issue.</summary>
    public DateOnly? PublicOn { get; set; }

    /// <summary>Changes after issue.</summary>
    public List<WarrantEvent> Events { get; set; } = [];

    /// <summary>URL of the record.</summary>
    public required string Source { get; set; }

    /// <summary>Caveats.</summary>
    public string? Notes { get; set; }

    /// <summary>
    /// The first day the warrant is known to exist: its issue, or, when the issue date is unknown (some sealed
    /// warrants), the day it was made public. Null when neither is known.
    /// </summary>
    public DateOnly? KnownFrom => IssuedOn ?? PublicOn;

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
