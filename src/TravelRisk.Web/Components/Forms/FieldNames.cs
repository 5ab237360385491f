using System.Globalization;
using System.Text.RegularExpressions;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Forms;

/// <summary>
/// A field's API name ("sources[0].url"), which keys the writer's messages and the revision history, in words for
/// people ("Source 1, URL"); and a recorded value in words (a person's id as their name).
/// </summary>
public static partial class FieldNames
{
    static readonly Dictionary<string, string> Names = new()
    {
        ["leader"] = "Leader",
        ["leaderId"] = "Leader",
        ["host"] = "Host State",
        ["summit"] = "Summit",
        ["summitId"] = "Summit",
        ["startDate"] = "First day",
        ["endDate"] = "Last day",
        ["status"] = "Status",
        ["representative"] = "Representative",
        ["representativeId"] = "Representative",
        ["confidence"] = "Confidence",
        ["notes"] = "Notes",
        ["internalNotes"] = "Internal notes (staff only)",
        ["review"] = "Review",
        ["retractionReason"] = "Retraction reason",
        ["sources"] = "Sources",
        ["source"] = "Source",
        ["legs"] = "Further countries",
        ["reason"] = "Reason",
        ["dates"] = "Dates",
        ["revision"] = "Revision",
        ["retracted"] = "Retracted",
        ["account"] = "Account",
        ["url"] = "URL",
        ["outlet"] = "outlet",
        ["publishedOn"] = "date published",
        ["quote"] = "quote",
        ["kind"] = "kind",
        ["country"] = "country",
        ["name"] = "Name",
        ["series"] = "Series",
        ["city"] = "City",
    };

    /// <summary>
    /// "sources[0].url" → "Source 1, URL"; "legs[1].country" → "Country 2, country";
    /// "source.quote" → "Source, quote".
    /// </summary>
    public static string Label(string field)
    {
        var match = ListItem().Match(field);
        if (match.Success)
        {
            var item = (match.Groups[1].Value == "sources" ? "Source " : "Country ")
                + (int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) + 1);
            return match.Groups[3].Success ? $"{item}, {Word(match.Groups[3].Value)}" : item;
        }
        var parts = field.Split('.');
        return parts.Length == 2 ? $"{Word(parts[0])}, {Word(parts[1])}" : Word(field);
    }

    /// <summary>A recorded value for people: ids of people and summits as their names, none as a dash.</summary>
    public static string Value(string field, string? value, IdNames? names) => (field, value) switch
    {
        (_, null) => "—",
        ("leaderId" or "representativeId", _)
            when names is not null && int.TryParse(value, CultureInfo.InvariantCulture, out var id) =>
            names.People.GetValueOrDefault(id, value),
        ("summitId", _) when names is not null && int.TryParse(value, CultureInfo.InvariantCulture, out var id) =>
            names.Summits.GetValueOrDefault(id, value),
        _ => value,
    };

    static string Word(string name) => Names.GetValueOrDefault(name, name);

    [GeneratedRegex(@"^(sources|legs)\[(\d+)\](?:\.(\w+))?$")]
    private static partial Regex ListItem();
}
