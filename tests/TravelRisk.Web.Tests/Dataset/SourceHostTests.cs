using System.Text.RegularExpressions;
using TravelRisk.Tests;

namespace TravelRisk.Web.Tests.Dataset;

/// <summary>
/// No fact in data/ may rest on a forum, a self-published post, a content farm or a mirror: the hosts listed in
/// data/non_news_hosts.csv. Every URL anywhere in a data file counts, the ones in notes too, because the notes
/// are where a second reading or a correction cites its source.
/// </summary>
public partial class SourceHostTests
{
    [Fact]
    public void NoDataFileCitesANonNewsHost()
    {
        var banned = NonNewsHosts();
        var offending = Directory.GetFiles(RepoPaths.DataFolder, "*.csv")
            .Where(path => Path.GetFileName(path) != "non_news_hosts.csv")
            .SelectMany(path => File.ReadLines(path)
                .Select((line, index) => (File: Path.GetFileName(path), Line: index + 1, Text: line)))
            .SelectMany(line => Url().Matches(line.Text).Select(m => (line.File, line.Line, Url: m.Value)))
            .Where(hit => IsOnList(Host(hit.Url), banned))
            .Select(hit => $"{hit.File}:{hit.Line} {hit.Url}")
            .ToList();

        offending.Should().BeEmpty(
            "data/non_news_hosts.csv lists hosts that are not a source: replace each with the original report or a " +
            "primary source");
    }

    [Fact]
    public void TheListItselfIsReadAndMatchesSubdomains()
    {
        var banned = NonNewsHosts();

        banned.Should().Contain(
            "investorshub.advfn.com",
            "the copy of the ICC's Putin press release once cited was a forum post");
        IsOnList(Host("https://investorshub.advfn.com/boards/replies.aspx?msg=1"), banned).Should().BeTrue();
        IsOnList(Host("https://geopoliticsunplugged.substack.com/p/x"), banned).Should()
            .BeTrue("a listed domain covers its subdomains");
        IsOnList(Host("https://www.icc-cpi.int/news/x"), banned).Should().BeFalse();
        IsOnList(Host("https://notsubstack.com/x"), banned).Should().BeFalse("only whole labels match");
    }

    static HashSet<string> NonNewsHosts()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.DataFolder, "non_news_hosts.csv"));
        lines[0].Should().Be("host,kind,why");
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0].Trim().ToLowerInvariant())];
    }

    static string Host(string url) =>
        (Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url.Split('/')[2]).ToLowerInvariant();

    static bool IsOnList(string host, HashSet<string> banned)
    {
        for (var candidate = host; ; candidate = candidate[(candidate.IndexOf('.', StringComparison.Ordinal) + 1)..])
        {
            if (banned.Contains(candidate))
                return true;
            if (!candidate.Contains('.', StringComparison.Ordinal))
                return false;
        }
    }

    [GeneratedRegex(@"https?://[^\s,""';)\]]+")]
    private static partial Regex Url();
}
