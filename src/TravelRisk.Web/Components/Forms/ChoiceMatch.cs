using System.Globalization;

namespace TravelRisk.Web.Components.Forms;

/// <summary>
/// How a typed text is compared with the names of choices: case and accents ignored, so "cote" finds Côte d’Ivoire.
/// </summary>
public static class ChoiceMatch
{
    static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;
    const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    public static bool Contains(string name, string part) => Compare.IndexOf(name, part, Loose) >= 0;

    public static bool Same(string name, string text) => Compare.Compare(name, text, Loose) == 0;
}
