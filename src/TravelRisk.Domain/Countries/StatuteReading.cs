namespace TravelRisk.Domain.Countries;

/// <summary>
/// Another reading of a State's treaty record, where public sources disagree with the one the data keeps: the
/// whole timeline as that reading has it. The explanation states it only where it would change the answer.
/// </summary>
public sealed class StatuteReading
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The State (ISO alpha-3).</summary>
    public required string CountryIso3 { get; set; }

    /// <summary>The timeline on this reading.</summary>
    public StatuteTimeline Timeline { get; set; } = new();

    /// <summary>
    /// What differs, in a sentence a reader can follow (e.g. "the deposit on 20 July 2002, not 20 June").
    /// </summary>
    public required string Summary { get; set; }

    /// <summary>URL of the source for this reading.</summary>
    public required string Source { get; set; }
}
