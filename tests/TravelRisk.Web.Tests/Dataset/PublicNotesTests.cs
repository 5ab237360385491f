using System.Text.RegularExpressions;
using TravelRisk.Tests;
using TravelRisk.Web.Data.Seeding;

namespace TravelRisk.Web.Tests.Dataset;

/// <summary>
/// The "notes" column of every data file is published (pages, API, exports, feeds): it is written for readers.
/// Research memos (what was searched, what was not read, which file holds what) belong in "internal_notes", which
/// only signed-in staff see.
/// </summary>
public class PublicNotesTests
{
    static readonly (string File, string[] Columns)[] NotedFiles =
    [
        ("countries.csv", SeedColumns.Countries), ("declarations.csv", SeedColumns.Declarations),
        ("situations.csv", SeedColumns.Situations),
        ("leaders.csv", SeedColumns.Leaders), ("positions.csv", SeedColumns.Positions),
        ("warrants.csv", SeedColumns.Warrants),
        ("warrant_events.csv", SeedColumns.WarrantEvents), ("summits.csv", SeedColumns.Summits),
        ("trips.csv", SeedColumns.Trips),
        ("trip_legs.csv", SeedColumns.TripLegs), ("findings.csv", SeedColumns.Findings),
    ];

    /// <summary>Phrases of a research memo, not of a published note.</summary>
    static readonly Regex[] MemoMarkers =
    [
        new(@"not read here", RegexOptions.IgnoreCase),
        new(@"NOT verified", RegexOptions.IgnoreCase),
        new(@"\bthe brief\b", RegexOptions.IgnoreCase),
        new(@"see trip_legs", RegexOptions.IgnoreCase),
        new(@"Audit 20\d\d", RegexOptions.IgnoreCase),
        new(@"\bsearched\b", RegexOptions.IgnoreCase),
        new(@"\.csv\b", RegexOptions.IgnoreCase),
        // A path in this repository ("data/audit/…"), not a web address that happens to contain "/data/".
        new(@"(?<![\w./-])data/", RegexOptions.IgnoreCase),
    ];

    [Fact]
    public void EveryNotedFileHasInternalNotesLast()
    {
        NotedFiles.Select(f => string.Join(',', f.Columns.TakeLast(2))).Should().AllBe("notes,internal_notes");
        NotedFiles.Select(f => f.Columns).Should().BeEquivalentTo(
            typeof(SeedColumns).GetFields().Select(f => (string[])f.GetValue(null)!).Where(c => c.Contains("notes")),
            "every seed file with public notes is checked here");
    }

    [Fact]
    public void NoPublicNoteReadsLikeAResearchMemo()
    {
        var memos = NotedFiles
            .SelectMany(f => CsvFile.Read(
                RepoPaths.DataFolder,
                f.File,
                f.Columns,
                row => (f.File, row.Line, Notes: row.Text("notes"))))
            .SelectMany(r => MemoMarkers
                .Where(m => r.Notes is not null && m.IsMatch(r.Notes))
                .Select(m => $"{r.File}:{r.Line} /{m}/: {m.Match(r.Notes!).Value}"))
            .ToList();

        memos.Should().BeEmpty("a research memo goes in internal_notes (staff only); notes is what the public reads");
    }

    [Fact]
    public void MarkersCatchTheMemosTheyAreFor()
    {
        string[] memos =
        [
            "The QID suggested in the brief (Q48301) is WRONG",
            "Wikidata QID not verified in any retrieved source",
            "See trip_legs.csv for the stop.",
            "Audit 2026-11: re-checked",
            "Outcome unknown: searched the ICC site on 2026-12-02",
            "listed in data/positions.csv"
        ];
        memos.Should().OnlyContain(m => MemoMarkers.Any(r => r.IsMatch(m)));
        string[] readers =
        [
            "The ICC issued a warrant on 17 March 2023.",
            "He was briefed by officials.",
            "The research was published.",
            "HRW reports the deposit (https://iccdb.hrlc.net/data/country/124)."
        ];
        readers.Should().OnlyContain(m => !MemoMarkers.Any(r => r.IsMatch(m)));
    }

    [Fact]
    public void TheSeedReaderKeepsTheMemoApartFromThePublicNote()
    {
        var data = SeedDataReader.Read(RepoPaths.DataFolder);
        var bashir = data.Leaders.Single(l => l.Slug == "omar-al-bashir");

        bashir.Notes.Should().Contain("never surrendered to the ICC");
        bashir.InternalNotes.Should().Contain("Wikidata QID verified");
        data.Trips.Single(t => t.Trip.Slug == "vladimir-putin-2026-09-ind").Trip.InternalNotes.Should()
            .Contain("searched the stored news corpus on 2026-12-02");
        data.Countries.Single(c => c.Iso3 == "ZMB").InternalNotes.Should().Contain("Audit 2026-11");
    }
}
