namespace TravelRisk.Domain.Cases;

/// <summary>Where an arrest warrant stands.</summary>
public enum WarrantStatus
{
    /// <summary>Issued and not yet executed or withdrawn.</summary>
    Outstanding,

    /// <summary>The person was arrested and surrendered to the Court.</summary>
    Executed,

    /// <summary>Withdrawn or terminated, e.g. after the person's death.</summary>
    Withdrawn,

    /// <summary>Vacated by a Chamber.</summary>
    Vacated,
}
