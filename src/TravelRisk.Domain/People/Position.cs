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

    /// <summary>Whether this is a head-of-state or head-of-government office, judged from its title.</summary>
    public bool IsTopOffice =>
        Title.StartsWith("President of", StringComparison.OrdinalIgnoreCase)
        || Title.StartsWith("Prime Minister of", StringComparison.OrdinalIgnoreCase)
        || Title.StartsWith("King of", StringComparison.OrdinalIgnoreCase)
        || Title.StartsWith("Emir of", StringComparison.OrdinalIgnoreCase)
        || Title.StartsWith("Supreme Leader", StringComparison.OrdinalIgnoreCase)
        || Title.Contains("head of state", StringComparison.OrdinalIgnoreCase);
}
