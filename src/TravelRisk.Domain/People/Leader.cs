using TravelRisk.Domain.Cases;

namespace TravelRisk.Domain.People;

/// <summary>
/// A person of interest: wanted by the Court or not (e.g. a representative sent in a wanted leader's place).
/// </summary>
public sealed class Leader
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>URL slug, the natural key (e.g. "vladimir-putin").</summary>
    public required string Slug { get; set; }

    /// <summary>Usual English spelling, with diacritics where standard.</summary>
    public required string Name { get; set; }

    /// <summary>
    /// The name for a second mention ("Putin", "al-Bashir", "Al Kani"); null to use
    /// <see cref="ShortNameOrDefault"/>'s rule.
    /// </summary>
    public string? ShortName { get; set; }

    /// <summary>The short name, or by default the last word of <see cref="Name"/> before any parenthesis.</summary>
    public string ShortNameOrDefault => ShortName ?? Name.Split('(')[0].Trim().Split(' ')[^1];

    /// <summary>Nationality (ISO alpha-3).</summary>
    public string? NationalityIso3 { get; set; }

    /// <summary>Wikidata item, e.g. "Q7747".</summary>
    public string? WikidataId { get; set; }

    /// <summary>Positions held.</summary>
    public List<Position> Positions { get; set; } = [];

    /// <summary>ICC arrest warrants naming this person.</summary>
    public List<Warrant> Warrants { get; set; } = [];

    /// <summary>URL of the record.</summary>
    public required string Source { get; set; }

    /// <summary>
    /// Whether the person was a sitting head of state or government on <paramref name="day"/>, the offices whose
    /// immunity some States invoke under Art. 98(1). Read from the position titles ("President of …",
    /// "Prime Minister of …", "King of …", "Emir of …", "Supreme Leader …").
    /// </summary>
    public bool HoldsTopOfficeOn(DateOnly day)
    {
        foreach (var position in Positions)
        {
            if (position.IsTopOffice && position.HeldOn(day))
                return true;
        }
        return false;
    }

    /// <summary>The office carrying personal immunity that the person held on <paramref name="day"/>, if any.</summary>
    public Position? OfficeWithImmunityOn(DateOnly day)
    {
        foreach (var position in Positions)
        {
            if (position.CarriesPersonalImmunity && position.HeldOn(day))
                return position;
        }
        return null;
    }

    /// <summary>Caveats.</summary>
    public string? Notes { get; set; }

    /// <summary>
    /// Research notes for staff (Analysts and above): how a fact was checked, what is still unverified, where to look.
    /// Never published: pages show it to signed-in staff only, and no export, feed or anonymous API response
    /// carries it. <see cref="Notes"/> is the public note.
    /// </summary>
    public string? InternalNotes { get; set; }
}
