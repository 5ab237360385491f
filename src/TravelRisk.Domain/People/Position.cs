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
}
