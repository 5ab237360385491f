using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Data.Seeding;

namespace TravelRisk.Web.Cli;

/// <summary>Writes docs/data.md: counts computed from data/ (with the rules for trips) and the known gaps.</summary>
public static partial class DatasetReport
{
    public static string Write(SeedData data, DateOnly asOf)
    {
        var (countries, warrantsByLeader) = data.Assemble();
        var md = new StringBuilder();
        md.AppendLine("# The dataset in figures").AppendLine();
        md.AppendLine($"Generated from `data/` as of {asOf:yyyy-MM-dd} by "
            + "`dotnet run --project src/TravelRisk.Web -- data report --output \"$PWD/docs/data.md\"`.");
        md.AppendLine(
            "Do not edit by hand: change `data/` and run the command again. Sources and licence: `data/README.md`.")
            .AppendLine();

        md.AppendLine("| file | rows |").AppendLine("|---|---:|");
        foreach (var (file, count) in new (string, int)[]
        {
            ("countries.csv", data.Countries.Count), ("declarations.csv", data.Declarations.Count),
            ("situations.csv", data.Situations.Count), ("leaders.csv", data.Leaders.Count),
            ("positions.csv", data.Positions.Count), ("warrants.csv", data.Warrants.Count),
            ("warrant_events.csv", data.WarrantEvents.Count), ("summits.csv", data.Summits.Count),
            ("trips.csv", data.Trips.Count), ("trip_legs.csv", data.Trips.Sum(t => t.Trip.Legs.Count)),
            ("trip_sources.csv", data.Trips.Sum(t => t.Trip.Sources.Count - 1)), ("findings.csv", data.Findings.Count),
        })
            md.AppendLine($"| {file} | {count} |");
        md.AppendLine();

        Table(md, $"States by Rome Statute status on {asOf:yyyy-MM-dd}",
            data.Countries.GroupBy(c => c.StatusOn(asOf).ToString()));
        var disputed = data.Countries.Count(c => c.IsDisputed);
        md.AppendLine($"{disputed} States have a treaty fact marked disputed.").AppendLine();
        Table(md, $"Warrants by status on {asOf:yyyy-MM-dd}",
            data.Warrants.GroupBy(w => (w.Warrant.StatusOn(asOf) ?? WarrantStatus.Outstanding).ToString()));
        Table(md, "Trips by status", data.Trips.GroupBy(t => t.Trip.Status.ToString()));
        Table(md, "Trips by review state at import (Corroborated: two independent sources;"
                + " Verified is an Editor's, never imported)",
            data.Trips.GroupBy(t => TripReview.AfterChange(t.Trip).ToString()));

        var assessed = data.Trips
            .Select(t => (
                Trip: t,
                Decision: TripAssessor.Assess(t.Trip, countries, warrantsByLeader.GetValueOrDefault(t.LeaderSlug, []))))
            .ToList();
        Table(md, "Trips by obligation (the rules applied to each trip's days and legs)",
            assessed.GroupBy(a => a.Decision.Obligation.ToString()));
        md.AppendLine("### Trips by traveller and obligation").AppendLine();
        var obligations = Enum.GetValues<Obligation>().Reverse().ToArray();
        md.AppendLine("| traveller | " + string.Join(" | ", obligations) + " |")
            .AppendLine("|---|" + string.Concat(obligations.Select(_ => "---:|")));
        foreach (var group in assessed.GroupBy(a => a.Trip.LeaderSlug).OrderByDescending(g => g.Count()))
        {
            var counts = obligations.Select(o => group.Count(a => a.Decision.Obligation == o));
            md.AppendLine($"| {group.Key} | " + string.Join(" | ", counts) + " |");
        }
        md.AppendLine();
        Table(md, "Findings by kind", data.Findings.GroupBy(f => f.Finding.Kind.ToString()));

        md.AppendLine("## Known gaps").AppendLine();
        Gap(md, "States with a disputed treaty fact", data.Countries.Where(c => c.IsDisputed).Select(c => c.Iso3));
        Gap(md, "Trips with no known date (assessed as Undetermined)",
            data.Trips.Where(t => t.Trip.StartDate is null && t.Trip.EndDate is null).Select(t => t.Trip.Slug));
        Gap(md, "Trips with only one known date",
            data.Trips.Where(t => (t.Trip.StartDate is null) != (t.Trip.EndDate is null)).Select(t => t.Trip.Slug));
        Gap(md, "Trips resting only on an outlet's name (no URL)",
            data.Trips.Where(t => t.Trip.Sources.All(s => s.Url is null)).Select(t => t.Trip.Slug));
        Gap(md, "Warrants whose issue date is unknown (counted from publication)",
            data.Warrants.Where(w => w.Warrant.IssuedOn is null).Select(w => w.Warrant.Code));
        Gap(md, "Wanted people without a Wikidata QID",
            data.Leaders.Where(l => l.WikidataId is null && warrantsByLeader.ContainsKey(l.Slug)).Select(l => l.Slug));
        Gap(md, "Findings whose decision date is unknown",
            data.Findings.Where(f => f.Finding.DecidedOn is null).Select(f => f.Finding.Code));
        Gap(md, "Summits whose dates are not fixed or not known",
            data.Summits.Where(s => s.StartDate is null).Select(s => s.Slug));
        Gap(md, $"Trips still Planned although their last day was before {asOf:yyyy-MM-dd} (outcome to be recorded)",
            PlannedButPast(data, asOf));
        return md.ToString();
    }

    /// <summary>
    /// Planned trips whose last day is before <paramref name="asOf"/>: the trip's own last date, else its summit's,
    /// else the last day of the month in its id ("-2026-05-"), the month the plan was for. Counted from --as-of, not
    /// today, so the committed report stays the same in CI.
    /// </summary>
    public static IEnumerable<string> PlannedButPast(SeedData data, DateOnly asOf)
    {
        var summits = data.Summits.ToDictionary(s => s.Slug);
        foreach (var row in data.Trips.Where(t => t.Trip.Status == TripStatus.Planned))
        {
            var summit = row.SummitSlug is null ? null : summits.GetValueOrDefault(row.SummitSlug);
            var lastDay = row.Trip.EndDate ?? row.Trip.StartDate
                ?? summit?.EndDate ?? summit?.StartDate
                ?? LastDayOfIdMonth(row.Trip.Slug);
            if (lastDay < asOf)
                yield return row.Trip.Slug;
        }
    }

    static DateOnly? LastDayOfIdMonth(string slug)
    {
        var month = IdMonth().Match(slug);
        if (!month.Success)
            return null;
        var year = int.Parse(month.Groups[1].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(month.Groups[2].Value, CultureInfo.InvariantCulture);
        return number is >= 1 and <= 12 ? new DateOnly(year, number, DateTime.DaysInMonth(year, number)) : null;
    }

    [GeneratedRegex(@"-(\d{4})-(\d{2})-[a-z]{3}(?:-\d+)?$")]
    private static partial Regex IdMonth();

    static void Table<T>(StringBuilder md, string title, IEnumerable<IGrouping<string, T>> groups)
    {
        md.AppendLine($"## {title}").AppendLine().AppendLine("| | count |").AppendLine("|---|---:|");
        foreach (var group in groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            md.AppendLine($"| {group.Key} | {group.Count()} |");
        md.AppendLine();
    }

    static void Gap(StringBuilder md, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        var named = list.Count == 0 ? "" : ": " + string.Join(", ", list.Select(i => $"`{i}`"));
        md.AppendLine($"- **{title}** ({list.Count}){named}");
    }
}
