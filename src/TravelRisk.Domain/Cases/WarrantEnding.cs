namespace TravelRisk.Domain.Cases;

/// <summary>How a warrant stopped being outstanding: what happened, in the Court's terms.</summary>
public enum WarrantEnding
{
    /// <summary>The person was surrendered to the Court (or arrested and transferred to its custody).</summary>
    Surrendered,

    /// <summary>A Chamber terminated the proceedings after the person's death was confirmed.</summary>
    ProceedingsTerminatedAfterDeath,

    /// <summary>The case was declared inadmissible before the Court (Arts. 17 and 19).</summary>
    CaseInadmissible,

    /// <summary>A Chamber decided that the warrant ceased to have effect.</summary>
    CeasedToHaveEffect,

    /// <summary>The warrant was withdrawn at the Prosecutor's request, for another reason.</summary>
    Withdrawn,
}
