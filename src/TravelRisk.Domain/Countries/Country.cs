namespace TravelRisk.Domain.Countries;

/// <summary>
/// A sovereign State in the Rome Statute sense (a UN member or observer), with its treaty timeline.
/// Named Country because "state" already means component state in Blazor.
/// </summary>
public sealed class Country
{
    /// <summary>ISO 3166-1 alpha-3 code, the natural key (e.g. "ZAF").</summary>
    public required string Iso3 { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code (e.g. "ZA").</summary>
    public required string Iso2 { get; set; }

    /// <summary>English short name.</summary>
    public required string Name { get; set; }

    /// <summary>Whether the State is a UN member or an observer State.</summary>
    public UnStatus UnStatus { get; set; }

    /// <summary>Wikidata item, e.g. "Q258".</summary>
    public string? WikidataId { get; set; }

    /// <summary>The Rome Statute timeline (signature, deposit, entry into force, withdrawal).</summary>
    public StatuteTimeline Timeline { get; set; } = new();

    /// <summary>Art. 12(3) declarations lodged by this State.</summary>
    public List<Article12_3Declaration> Declarations { get; set; } = [];

    /// <summary>True when public sources disagree on a treaty fact; <see cref="Notes"/> keeps both readings.</summary>
    public bool IsDisputed { get; set; }

    /// <summary>The other readings of a disputed record, each as a whole timeline.</summary>
    public List<StatuteReading> OtherReadings { get; set; } = [];

    /// <summary>Caveats, disputes and explanations of exceptions.</summary>
    public string? Notes { get; set; }

    /// <summary>
    /// Research notes for staff (Analysts and above): how a fact was checked, what is still unverified, where to look.
    /// Never published: pages show it to signed-in staff only, and no export, feed or anonymous API response
    /// carries it. <see cref="Notes"/> is the public note.
    /// </summary>
    public string? InternalNotes { get; set; }

    /// <summary>URL of the record the timeline comes from.</summary>
    public required string Source { get; set; }

    /// <summary>The State's Rome Statute status on a given day.</summary>
    public StatuteStatus StatusOn(DateOnly day) => Timeline.StatusOn(day);
}
