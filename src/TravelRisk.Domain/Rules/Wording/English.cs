using System.Globalization;
using TravelRisk.Domain.Countries;

namespace TravelRisk.Domain.Rules.Wording;

/// <summary>The small pieces of English the explanations are built from: dates, State names with
/// their article, lists.</summary>
static class English
{
    // Names that take "the" in running English (UN style). The Gambia keeps its capital T everywhere (its own usage).
    static readonly HashSet<string> WithThe = new(StringComparer.Ordinal)
    {
        "United Arab Emirates", "Bahamas", "Central African Republic", "Democratic Republic of the Congo",
        "Republic of the Congo", "Comoros", "Dominican Republic", "United Kingdom", "Maldives", "Marshall Islands",
        "Netherlands", "Philippines", "State of Palestine", "Solomon Islands", "United States", "Holy See",
    };

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? day) => day is { } d ? Date(d) : "a date not recorded";

    /// <summary>A date range in the short form "between 6 April and 28 July 2023".</summary>
    public static string Between(DateOnly from, DateOnly to) => from.Year == to.Year
        ? $"between {from.ToString("d MMMM", CultureInfo.InvariantCulture)} and {Date(to)}"
        : $"between {Date(from)} and {Date(to)}";

    /// <summary>The State's name as it stands inside a sentence: "the Philippines", "The Gambia", "Hungary".</summary>
    public static string Name(Country state) => Name(state.Name);

    public static string Name(string name) =>
        name == "Gambia" ? "The Gambia" : WithThe.Contains(name) ? "the " + name : name;

    /// <summary>The State's name opening a sentence: "The Philippines".</summary>
    public static string NameFirst(Country state) => Capitalise(Name(state));

    /// <summary>"Hungary's", "the Philippines'".</summary>
    public static string Possessive(Country state) => Possessive(Name(state));

    public static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    public static string Number(int n) => n switch
    {
        1 => "one",
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>"Situation in Ukraine (ICC-01/22)".</summary>
    public static string Situation(Cases.Situation situation) =>
        situation.Number is { } number ? $"{situation.Name} ({number})" : situation.Name;

    public static string DepositKind(DepositKind? kind) => kind switch
    {
        Countries.DepositKind.Accession => "accession",
        Countries.DepositKind.Succession => "succession",
        _ => "ratification",
    };
}
