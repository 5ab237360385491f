using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>
/// What the timeline page shows: lanes (one per leader) and the trips of a date window, with their flags.
/// </summary>
public class TimelineService(TripQueries trips, RiskFactsCache cache, IDbContextFactory<TravelRiskDb> dbs)
{
    /// <summary>
    /// Above this many items in the window, every lane is summarised by period: the browser's drawing, not the
    /// server, is the limit (docs/performance.md).
    /// </summary>
    public const int MaxTripsDrawn = 150;

    /// <summary>The people who have trips (or those asked for), for the lanes and the leader filter.</summary>
    public virtual async Task<IReadOnlyList<TimelineLane>> LanesAsync(CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var travellers = (
            await db.Trips.Where(t => t.RetractionReason == null)
                .Select(t => t.LeaderId)
                .Distinct()
                .ToListAsync(ct)).ToHashSet();
        return facts.Leaders.Values.Where(l => travellers.Contains(l.Leader.Id))
            .OrderBy(l => l.Leader.Name, StringComparer.Ordinal)
            .Select(l => new TimelineLane(l.Leader.Slug, l.Leader.Name, l.Warrants.Length > 0))
            .ToList();
    }

    /// <summary>
    /// The trips overlapping [from, to] that pass the filter, as drawn <paramref name="widthPx"/> wide: one by one
    /// where a lane has room for their labels (<see cref="TimelineLayout"/>), otherwise grouped by period. Undated
    /// trips cannot be placed and are left out.
    /// </summary>
    public virtual async Task<IReadOnlyList<TimelineItem>> ItemsAsync(
        TimelineFilter filter,
        DateOnly from,
        DateOnly to,
        double widthPx,
        CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        var leaderIds = LeaderIds(facts, filter);
        var flagged = await trips.FlaggedAsync(
            new TripFilter(
                HostIso3: filter.State,
                From: from,
                To: to,
                Status: filter.Status,
                Obligation: filter.Obligation,
                Review: filter.Review,
                LeaderIds: leaderIds.Count > 0 ? leaderIds : null),
            ct);
        var windowDays = to.DayNumber - from.DayNumber;
        var width = widthPx > 0 ? widthPx : TimelineLayout.DefaultWidthPx;
        var lanes = flagged.Where(f => (f.Trip.StartDate ?? f.Trip.EndDate) is not null)
            .GroupBy(f => f.Person.Leader.Slug)
            .Select(lane => (Trips: lane.ToList(), Items: lane.Select(f => Item(facts, f)).ToList()))
            .ToList();
        var crowded = lanes.Sum(l => l.Items.Count) > MaxTripsDrawn;
        var maxRows = crowded ? 0 : TimelineLayout.MaxRows(lanes.Count);
        return [
            .. lanes.SelectMany(lane =>
                TimelineLayout.RowsNeeded(lane.Items.Select(Extent), from, windowDays, width) <= maxRows
            ? lane.Items
            : Periods(facts, lane.Trips, maxRows, from, windowDays, width))];
    }

    static (DateOnly Start, DateOnly? End, string Label) Extent(TimelineItem item) =>
        (
            DateOnly.ParseExact(item.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            item.End is null ? null : DateOnly.ParseExact(item.End, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            item.Label);

    /// <summary>
    /// A crowded lane, period by period (<see cref="TimelineLayout.PeriodMonths"/>): periods are shown trip by trip
    /// while the lane fits in <paramref name="maxRows"/> rows, the fullest becoming groups first. A group says how
    /// many trips it holds and which obligations, is coloured by the strongest, and is drawn from its first trip to
    /// its last (at least as wide as its label, inside the window, never touching the next period).
    /// </summary>
    static IEnumerable<TimelineItem> Periods(
        RiskFacts facts,
        List<FlaggedTrip> lane,
        int maxRows,
        DateOnly windowStart,
        int windowDays,
        double width)
    {
        var months = TimelineLayout.PeriodMonths(windowDays, width);
        DateOnly Bucket(DateOnly d)
        {
            var index = (d.Year * 12 + d.Month - 1) / months * months;
            return new DateOnly(index / 12, index % 12 + 1, 1);
        }
        var periods = lane.GroupBy(f => Bucket((f.Trip.StartDate ?? f.Trip.EndDate)!.Value)).OrderBy(g => g.Key)
            .Select(g => (Start: g.Key, Trips: g.ToList(), Items: g.Select(f => Item(facts, f)).ToList())).ToList();
        var grouped = periods.Where(p => p.Items.Count > 1).Select(p => p.Start).ToHashSet();
        // Ungroup the emptiest periods while the lane still fits (a period of one trip is never a group).
        foreach (var period in periods.Where(p => p.Items.Count > 1).OrderBy(p => p.Items.Count).ThenBy(p => p.Start))
        {
            grouped.Remove(period.Start);
            var shown =
                periods.SelectMany(p => grouped.Contains(p.Start) ? [Group(p.Start, p.Trips, p.Items)] : p.Items);
            if (TimelineLayout.RowsNeeded(shown.Select(Extent), windowStart, windowDays, width) > Math.Max(1, maxRows))
            {
                grouped.Add(period.Start);
                break;
            }
        }
        return periods.SelectMany(p => grouped.Contains(p.Start) ? [Group(p.Start, p.Trips, p.Items)] : p.Items);

        TimelineItem Group(DateOnly periodStart, List<FlaggedTrip> trips, List<TimelineItem> items)
        {
            var strongest = trips.Max(f => f.Obligation);
            var counts = string.Join(", ", trips.GroupBy(f => f.Obligation).OrderByDescending(x => x.Key)
                .Select(x => $"{x.Count()} {ObligationText.Label(x.Key).ToLowerInvariant()}"));
            var periodEnd = periodStart.AddMonths(months);
            var label = $"{items.Count} trips";
            var (start, end) = TimelineLayout.GroupExtent(
                items.Select(Extent).ToList(),
                label,
                windowStart,
                windowDays,
                width,
                periodEnd);
            var person = trips[0].Person.Leader;
            return new TimelineItem(
                Id: -1,
                LeaderSlug: person.Slug,
                Start: start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                End: end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Label: label,
                Title: $"{person.Name}: {items.Count} trips from {periodStart:yyyy-MM-dd} to " +
                    $"{periodEnd.AddDays(-1):yyyy-MM-dd} ({counts}). Zoom in to see them.",
                Obligation: strongest.ToString(),
                Status: "Cluster",
                Count: items.Count,
                Cluster: true);
        }
    }

    /// <summary>How many trips pass the filter but have no known date (their obligation is Undetermined).</summary>
    public virtual async Task<int> UndatedAsync(TimelineFilter filter, CancellationToken ct)
    {
        if (filter.Obligation is { } obligation && obligation != Obligation.Undetermined)
            return 0;
        var leaderIds = LeaderIds(await cache.GetAsync(ct), filter);
        return await trips.CountAsync(
            new TripFilter(
                HostIso3: filter.State,
                Status: filter.Status,
                Review: filter.Review,
                LeaderIds: leaderIds.Count > 0 ? leaderIds : null,
                UndatedOnly: true),
            ct);
    }

    /// <summary>The ids of the filter's people; an unknown slug maps to -1, which matches no trip.</summary>
    static List<int> LeaderIds(RiskFacts facts, TimelineFilter filter) =>
        [.. filter.Leaders.Select(slug => facts.Leaders.TryGetValue(slug, out var l) ? l.Leader.Id : -1)];

    static TimelineItem Item(RiskFacts facts, FlaggedTrip f)
    {
        var trip = f.Trip;
        var host = facts.Countries[trip.HostIso3].Name;
        var start = (trip.StartDate ?? trip.EndDate)!.Value;
        var representative = trip.RepresentativeId is { } id ? facts.LeadersById[id].Leader.Name : null;
        var label = trip.Status switch
        {
            TripStatus.Delegated => $"{host} → {representative}",
            TripStatus.Virtual => $"{host} (video)",
            TripStatus.Cancelled => $"{host} (cancelled)",
            TripStatus.Planned => $"{host} (planned)",
            _ => host,
        };
        var dates = trip.EndDate is { } end && end != start
            ? $"{start:yyyy-MM-dd} – {end:yyyy-MM-dd}"
            : start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var status = trip.Status == TripStatus.Delegated
            ? $"Delegated ({representative} went)"
            : trip.Status.ToString();
        return new TimelineItem(
            Id: trip.Id,
            LeaderSlug: f.Person.Leader.Slug,
            Start: start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            End: trip.EndDate is { } last && last > start
                ? last.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null,
            Label: label,
            Title: $"{f.Person.Leader.Name} → {host}, {dates}. {status}. {trip.Review}. {Flag(f, trip.Status)}",
            Obligation: f.Obligation.ToString(),
            Status: trip.Status.ToString(),
            Count: 1,
            Cluster: false,
            Review: trip.Review.ToString());
    }

    // A trip not made in person: the flag is what the host would have had to do.
    static string Flag(FlaggedTrip f, TripStatus status) => status is TripStatus.Virtual or TripStatus.Delegated
        ? $"Had {f.Person.Leader.Name} come, the host would have had to: {ObligationText.Label(f.Obligation)}"
        : $"Flag: {ObligationText.Label(f.Obligation)}";
}

/// <summary>A lane of the timeline.</summary>
public sealed record TimelineLane(string Slug, string Name, bool Wanted);

/// <summary>
/// A trip on the timeline (or, with <c>Cluster</c>, the <c>Count</c> trips of a lane in a period);
/// <c>End</c> is exclusive (the day after the last day), null for a one-day or open trip.
/// </summary>
public sealed record TimelineItem(
    int Id,
    string LeaderSlug,
    string Start,
    string? End,
    string Label,
    string Title,
    string Obligation,
    string Status,
    int Count,
    bool Cluster,
    string? Review = null);

/// <summary>The timeline's filters, as kept in the page's query string.</summary>
public sealed record TimelineFilter(
    IReadOnlyList<string> Leaders,
    string? State,
    Obligation? Obligation,
    TripStatus? Status,
    ReviewState? Review = null);
