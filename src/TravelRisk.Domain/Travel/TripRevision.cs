namespace TravelRisk.Domain.Travel;

/// <summary>
/// One change to a trip, its legs or its sources: who, when, which fields, old and new values, and the whole
/// trip as it stood after the change (so an earlier revision can be restored as a new one). Never deleted.
/// </summary>
public sealed class TripRevision
{
    /// <summary>Surrogate key; increasing, so it also orders changes across trips.</summary>
    public long Id { get; set; }

    /// <summary>The trip.</summary>
    public int TripId { get; set; }

    /// <summary>The trip's <see cref="Trip.Revision"/> after this change.</summary>
    public int Number { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTime ChangedAtUtc { get; set; }

    /// <summary>Who: a user's e-mail, "api:&lt;key name&gt;" or "data/" for the seed import.</summary>
    public required string Actor { get; set; }

    /// <summary>What happened, in words: "Created", "Cancelled: …", "Source added", "Edited".</summary>
    public required string Summary { get; set; }

    /// <summary>The fields that changed, with old and new values.</summary>
    public List<FieldChange> Changes { get; set; } = [];

    /// <summary>The trip after the change, as JSON.</summary>
    public required string Snapshot { get; set; }
}

/// <summary>A field's value before and after a change (null for none).</summary>
/// <param name="Field">The field's API name, e.g. "status" or "sources[2].url".</param>
/// <param name="Old">The value before.</param>
/// <param name="New">The value after.</param>
public sealed record FieldChange(string Field, string? Old, string? New);
