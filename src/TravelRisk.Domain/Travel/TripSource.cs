namespace TravelRisk.Domain.Travel;

/// <summary>A report a trip's facts rest on.</summary>
public sealed class TripSource
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The trip.</summary>
    public int TripId { get; set; }

    /// <summary>Where the report can be read; null only when the report is known by outlet alone.</summary>
    public string? Url { get; set; }

    /// <summary>The outlet, e.g. "Reuters" or "Knewz, citing Verstka".</summary>
    public required string Outlet { get; set; }

    /// <summary>Publication date.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>A short quote supporting the record.</summary>
    public string? Quote { get; set; }
}
