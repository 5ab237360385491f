namespace TravelRisk.Domain.People;

/// <summary>An office a person held.</summary>
public sealed class Position
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The holder.</summary>
    public int LeaderId { get; set; }

    /// <summary>E.g. "President of Russia".</summary>
    public required string Title { get; set; }

    /// <summary>The State the office belongs to (ISO alpha-3).</summary>
    public string? CountryIso3 { get; set; }

    /// <summary>First day in office.</summary>
    public DateOnly? StartedOn { get; set; }

    /// <summary>Last day in office; null while still held.</summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>URL of the record.</summary>
    public required string Source { get; set; }

    /// <summary>
    /// Whether the office carries immunity from other States' jurisdiction while it is held (immunity ratione
    /// personae): head of state, head of government, minister for foreign affairs (ICJ, Arrest Warrant of
    /// 11 April 2000, Judgment of 14 February 2002, para. 51). Judged from the title.
    /// </summary>
    public bool CarriesPersonalImmunity =>
        IsTopOffice
        || Title.StartsWith("Minister of Foreign Affairs", StringComparison.OrdinalIgnoreCase)
        || Title.StartsWith("Foreign Minister", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this is a head-of-state or head-of-government office, judged from its title.</summary>
    public bool IsTopOffice =>
        Title.StartsWith("President of", StringComparison.OrdinalIgnoreCase)
        || Title.StartsWith("Acting President of", StringComparison.OrdinalIgnoreCase)
        || Title.StartsWith("Prime Minister of", StringComparison.OrdinalIgnoreCase)
        || Title.StartsWith("King of", StringComparison.OrdinalIgnoreCase)
        || Title.StartsWith("Emir of", StringComparison.OrdinalIgnoreCase)
        || Title.StartsWith("Supreme Leader", StringComparison.OrdinalIgnoreCase)
        || Title.Contains("head of state", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the office was held on <paramref name="day"/>.</summary>
    public bool HeldOn(DateOnly day) => StartedOn is { } from && from <= day && (EndedOn is not { } to || day <= to);
}
