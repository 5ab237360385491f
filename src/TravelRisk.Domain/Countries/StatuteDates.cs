namespace TravelRisk.Domain.Countries;

/// <summary>Fixed dates of the Rome Statute itself.</summary>
public static class StatuteDates
{
    /// <summary>Adopted in Rome on 17 July 1998.</summary>
    public static readonly DateOnly Adopted = new(1998, 7, 17);

    /// <summary>The sixtieth instrument was deposited on 11 April 2002.</summary>
    public static readonly DateOnly SixtiethInstrumentDeposited = new(2002, 4, 11);

    /// <summary>Art. 126(1): the Statute entered into force on 1 July 2002.</summary>
    public static readonly DateOnly StatuteInForce = new(2002, 7, 1);
}
