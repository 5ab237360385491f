namespace TravelRisk.Domain.Countries;

/// <summary>How a State became bound by the Rome Statute.</summary>
public enum DepositKind
{
    /// <summary>Ratification after signature.</summary>
    Ratification,

    /// <summary>Accession without prior signature.</summary>
    Accession,

    /// <summary>Succession to a predecessor State's participation.</summary>
    Succession,
}
