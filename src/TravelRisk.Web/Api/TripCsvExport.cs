using System.Globalization;
using CsvHelper;
using TravelRisk.Web.Contracts;

namespace TravelRisk.Web.Api;

/// <summary>
/// The CSV shapes of the trip exports. trips.csv keeps its original columns first (scripts read them by position) and
/// adds notes, legs and sources as text; trip_legs.csv and trip_sources.csv give one row per leg / source keyed by
/// trip id, which is what a join wants and the only form that is robust to any character in a URL or quote.
/// </summary>
public static class TripCsvExport
{
    public static readonly string[] TripColumns =
    [
        "id", "slug", "person", "person_name", "state", "state_name", "summit", "start_date", "end_date", "status",
        "representative", "confidence", "revision", "review", "obligation", "reason", "contested", "deciding_day",
        "deciding_state", "legal_basis", "notes", "legs", "sources",
    ];

    public static readonly string[] LegColumns =
        ["trip_id", "trip_slug", "kind", "country", "start_date", "end_date", "source", "notes"];

    public static readonly string[] SourceColumns = ["trip_id", "trip_slug", "url", "outlet", "published_on", "quote"];

    /// <summary>Legs joined by "; ", each "ISO3 Kind start..end" (an unknown day is empty: "ZAF Visit ..").</summary>
    public const string LegSeparator = "; ";

    /// <summary>Sources joined by " ; ", each "url | outlet | yyyy-MM-dd" (missing parts empty).</summary>
    public const string SourceSeparator = " ; ";

    public static IEnumerable<string[]> Rows(TripExportResponse t, string kind) => kind switch
    {
        "legs" => t.Legs.Select(l => new[]
        {
            Id(t),
            t.Slug,
            l.Kind.ToString(),
            l.Country,
            Day(l.StartDate),
            Day(l.EndDate),
            l.Source ?? "",
            l.Notes ?? "",
        }),
        "sources" =>
            t.Sources.Select(s => new[] { Id(t), t.Slug, s.Url ?? "", s.Outlet, Day(s.PublishedOn), s.Quote ?? "" }),
        _ => [TripRow(t)],
    };

    static string[] TripRow(TripExportResponse t) =>
    [
        Id(t), t.Slug, t.Person, t.PersonName, t.State, t.StateName, t.Summit ?? "",
        Day(t.StartDate), Day(t.EndDate), t.Status.ToString(), t.Representative ?? "", t.Confidence.ToString(),
        t.Revision.ToString(CultureInfo.InvariantCulture),
        t.Review.ToString(),
        t.Obligation.ToString(),
        t.Reason.ToString(),
        t.Contested
            ? "true"
            : "false",
        Day(t.DecidingDay), t.DecidingState, string.Join("; ", t.LegalBasis),
        t.Notes ?? "",
        string.Join(LegSeparator, t.Legs.Select(l => $"{l.Country} {l.Kind} {Day(l.StartDate)}..{Day(l.EndDate)}")),
        string.Join(SourceSeparator, t.Sources.Select(s => $"{s.Url} | {s.Outlet} | {Day(s.PublishedOn)}")),
    ];

    static string Id(TripExportResponse t) => t.Id.ToString(CultureInfo.InvariantCulture);

    static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
