namespace TravelRisk.Domain.Cases;

/// <summary>Whether a warrant existed on a given day.</summary>
public enum WarrantIssue
{
    /// <summary>Not issued yet.</summary>
    NotYetIssued,

    /// <summary>
    /// The day falls between the earliest and the latest day a warrant of unknown issue date can have been issued.
    /// </summary>
    Uncertain,

    /// <summary>Issued on or before the day (whether or not it was public).</summary>
    Issued,
}
