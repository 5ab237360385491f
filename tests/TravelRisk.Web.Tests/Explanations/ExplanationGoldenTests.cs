using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TravelRisk.Domain.Rules;
using TravelRisk.Tests;

namespace TravelRisk.Web.Tests.Explanations;

/// <summary>
/// The explanations journalists quote, pinned as text: one golden file per case in cases.csv (every reason code,
/// days before and after today and before and after each decision that changes the wording), each read by a
/// person once and then kept. A change in wording fails here; accept a deliberate one with
/// <c>UPDATE_GOLDEN=1 bash tests/run.sh Web</c> and read the diff before committing it.
/// </summary>
public partial class ExplanationGoldenTests
{
    static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "TravelRisk.Web.Tests", "Explanations");

    static IReadOnlyList<string> Names() =>
        [
            .. File.ReadLines(Path.Combine(Folder, "cases.csv"))
                .Skip(1)
                .Where(l => l.Length > 0)
                .Select(l => l.Split(',')[0])
        ];

    public static TheoryData<string> Cases() => [.. Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Explanation_MatchesItsGoldenFile(string name)
    {
        var actual = Render(name);
        var path = Path.Combine(Folder, "Golden", name + ".txt");

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1" || !File.Exists(path))
        {
            var existed = File.Exists(path);
            File.WriteAllText(path, actual);
            existed.Should().BeTrue($"{path} was missing and has been written; read it, then commit it");
            return;
        }
        actual.Should().Be(
            File.ReadAllText(path),
            $"the explanation for {name} changed; if deliberate, rerun with UPDATE_GOLDEN=1 and review the diff");
    }

    [Fact]
    public void Cases_CoverEveryReasonCode()
    {
        var reasons = Names().Select(n => Run(n).Reason).ToHashSet();

        reasons.Should().BeEquivalentTo(
            Enum.GetValues<ObligationReason>(),
            "every branch of the rules has at least one golden explanation");
        Names().Count.Should().BeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public void EveryCitation_IsReliedOnByTheText()
    {
        foreach (var name in Names())
        {
            var (_, _, explanation) = Run(name);
            foreach (var basis in explanation.LegalBasis)
                Mentions(explanation.Text, basis).Should()
                    .BeTrue($"{name} cites \"{basis}\" but its text does not rely on it");
        }
    }

    [Fact]
    public void EveryArticleNamedInTheText_IsCited()
    {
        foreach (var name in Names())
        {
            var (_, _, explanation) = Run(name);
            var cited = Numbers(string.Join(" ", explanation.LegalBasis));
            Numbers(explanation.Text).Except(cited).Should()
                .BeEmpty($"{name} names these articles or rules without citing them");
            explanation.LegalBasis.Should().OnlyHaveUniqueItems();
        }
    }

    /// <summary>
    /// "Arts. 59(1), 89(1) and 92" → "Art. 59(1), Art. 89(1) and Art. 92", so each can be looked up alone.
    /// </summary>
    static string Expand(string text) => SeveralArticles().Replace(text, m =>
        string.Join("", Regex.Split(m.Groups[1].Value, "(, | and )")
            .Select(part => part is ", " or " and " ? part : "Art. " + part)));

    [GeneratedRegex(@"Arts\. ((?:[0-9]+(?:\([0-9a-z]+\))*(?:, | and ))+[0-9]+(?:\([0-9a-z]+\))*)")]
    private static partial Regex SeveralArticles();

    /// <summary>"Art. 89(1)", "Arts. 17 and 19", "Rule 44(2)" → "Art 89", "Art 17", "Art 19", "Rule 44".</summary>
    static HashSet<string> Numbers(string text) =>
        [
            .. ArticleNumbers()
                .Matches(Expand(text))
                .Select(m => $"{(m.Groups[1].Value == "Rule" ? "Rule" : "Art")} {m.Groups[2].Value}")
        ];

    [GeneratedRegex(@"(Arts?\.|Rule) ([0-9]+)")]
    private static partial Regex ArticleNumbers();

    [Fact]
    public void NoExplanation_UsesTheOldErrors()
    {
        foreach (var name in Names())
        {
            var text = Run(name).Explanation.Text;
            text.Should().NotMatchRegex(
                @"in the (Ukraine|Darfur|Libya)\b",
                $"{name}: situations go by the Court's names");
            text.Should().NotContain("executed or withdrawn", $"{name}: say how a warrant ended");
            text.Should().NotContain("only urged", $"{name}");
            text.Should().NotContain("Jordan appeal in the Al-Bashir case", $"{name}");
            text.Should().NotMatchRegex(
                @"(^|\. )(Philippines|Netherlands|United States|Gambia|State of Palestine|Central African Republic)\b",
                $"{name}: State names take their article");
        }
    }

    /// <summary>A citation is relied on when the text names its article, resolution or decision.</summary>
    static bool Mentions(string text, string basis)
    {
        text = Expand(text);
        basis = Expand(basis);
        foreach (Match m in ArticleOf().Matches(basis))
        {
            if (text.Contains(m.Value, StringComparison.Ordinal))
                return true;
        }
        var key = basis switch
        {
            _ when basis.StartsWith("France", StringComparison.Ordinal) => "France",
            _ when basis.StartsWith("African Union", StringComparison.Ordinal) => "African Union",
            _ when basis.Contains("Warrant of Arrest against Omar", StringComparison.Ordinal) => "4 March 2009",
            _ when basis.Contains("Duterte", StringComparison.Ordinal) =>
                basis.Contains("Appeals", StringComparison.Ordinal) ? "22 April 2026" : "23 October 2025",
            _ when basis.Contains("Appeals Chamber", StringComparison.Ordinal) => "Appeals Chamber",
            _ when basis.Contains("Mongolia", StringComparison.Ordinal) => "Mongolia",
            _ when basis.StartsWith("ICC Pre-Trial Chamber I,", StringComparison.Ordinal)
                && basis.Contains("Malawi", StringComparison.Ordinal) => "12 December 2011",
            _ when basis.Contains("Democratic Republic of the Congo Regarding", StringComparison.Ordinal) =>
                "9 April 2014",
            _ when basis.Contains("South Africa", StringComparison.Ordinal)
                && basis.Contains("87(7)", StringComparison.Ordinal) => "6 July 2017",
            _ when basis.StartsWith("UN Security Council Resolution", StringComparison.Ordinal) =>
                basis["UN Security Council ".Length..].Split(',')[0],
            _ when basis.StartsWith("ICJ", StringComparison.Ordinal) => "International Court of Justice",
            _ when basis.StartsWith("Convention on International Civil Aviation", StringComparison.Ordinal) =>
                "airspace",
            _ when basis.StartsWith("ICC ", StringComparison.Ordinal) => basis.Split(',')[0]["ICC ".Length..],
            _ => null,
        };
        return key is not null && text.Contains(key, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Arts?\. [0-9]+(\([0-9a-z]+\))*|Rule [0-9]+|Regulation [0-9]+ ter")]
    private static partial Regex ArticleOf();

    static (Obligation Obligation, ObligationReason Reason, Explanation Explanation) Run(string name)
    {
        var row = Row(name);
        var today = Date(row["today"]);
        if (row["trip"] is { Length: > 0 } trip)
        {
            var (result, explanation) = ExplanationCorpus.Instance.Trip(trip, today);
            return (result.Decision.Obligation, result.Decision.Reason, explanation);
        }
        var (decision, text) = ExplanationCorpus.Instance.Check(row["person"], row["state"], Date(row["date"]), today);
        return (decision.Obligation, decision.Reason, text);
    }

    static string Render(string name)
    {
        var row = Row(name);
        var (obligation, reason, explanation) = Run(name);
        var md = new StringBuilder();
        md.AppendLine($"# {row["why"]}");
        md.AppendLine(row["trip"] is { Length: > 0 } trip
            ? $"trip: {trip}; today: {row["today"]}"
            : $"person: {row["person"]}; state: {row["state"]}; date: {row["date"]}; today: {row["today"]}");
        md.AppendLine(
            $"obligation: {obligation}; reason: {reason}" +
            $"; contested: {explanation.Contested.ToString().ToLowerInvariant()}");
        md.AppendLine("legal basis:");
        foreach (var basis in explanation.LegalBasis)
            md.AppendLine($"- {basis}");
        md.AppendLine("text:");
        foreach (var sentence in Sentence().Split(explanation.Text))
            md.AppendLine(sentence);
        return md.ToString();
    }

    // One sentence a line, so a reviewer reads the diff sentence by sentence ("Art. 86" is not a sentence end).
    [GeneratedRegex(@"(?<=[.]\)?""?) (?=[A-Z""])(?<!Art\. |Arts\. |para\. | v\. )")]
    private static partial Regex Sentence();

    static Dictionary<string, string> Row(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, "cases.csv"));
        var header = lines[0].Split(',');
        var values = lines.First(l => l.StartsWith(name + ",", StringComparison.Ordinal)).Split(',', header.Length);
        return header.Zip(values).ToDictionary(p => p.First, p => p.Second);
    }

    static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
