namespace TravelRisk.Domain.Cases;

/// <summary>What an arrest warrant is for; the cooperation regime differs.</summary>
public enum WarrantOffences
{
    /// <summary>
    /// Genocide, crimes against humanity, war crimes or aggression (Art. 5): cooperation under Part 9.
    /// </summary>
    CoreCrimes,

    /// <summary>
    /// Offences against the administration of justice (Art. 70): cooperation under Rule 167 and Art. 70(2).
    /// </summary>
    AdministrationOfJustice,
}
