using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>What the timeline page shows: lanes (one per leader) and the trips of a date window, with their flags.</summary>
public class TimelineService(TripQueries trips, RiskFactsCache cache, IDbContextFactory<TravelRiskDb> dbs)
{
    /// <summary>
    /// Above this many trips in the window, trips are drawn as one cluster per lane and month, quarter or year
    /// (coloured by the strongest obligation in it); zooming in shows them one by one. The browser's drawing, not
    /// the server, is the limit: docs/performance.md.
    /// </summary>
    public const int MaxTripsDrawn = 150;

    /// <summary>The people who have trips (or those asked for), for the lanes and the leader filter.</summary>
    public virtual async Task<IReadOnlyList<TimelineLane>> LanesAsync(CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var travellers = (await db.Trips.Where(t => t.RetractionReason == null).Select(t => t.LeaderId).Distinct().ToListAsync(ct)).ToHashSet();
        return facts.Leaders.Values.Where(l => travellers.Contains(l.Leader.Id))
            .OrderBy(l => l.Leader.Name, StringComparer.Ordinal)
            .Select(l => new TimelineLane(l.Leader.Slug, l.Leader.Name, l.Warrants.Length > 0))
            .ToList();
    }

    /// <summary>The trips overlapping [from, to] that pass the filter; undated trips cannot be placed and are left out.</summary>
    public virtual async Task<IReadOnlyList<TimelineItem>> ItemsAsync(TimelineFilter filter, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        var leaderIds = LeaderIds(facts, filter);
        var flagged = await trips.FlaggedAsync(new TripFilter(HostIso3: filter.State, From: from, To: to, Status: filter.Status, Obligation: filter.Obligation, Review: filter.Review,
            LeaderIds: leaderIds.Count > 0 ? leaderIds : null), ct);
        var dated = flagged.Where(f => (f.Trip.StartDate ?? f.Trip.EndDate) is not null).ToList();
        return dated.Count <= MaxTripsDrawn
            ? dated.Select(f => Item(facts, f)).ToList()
            : Clusters(dated, to.DayNumber - from.DayNumber);
    }

    /// <summary>
    /// One item per lane and period, for windows holding too many trips to draw one by one. The period (1, 3, 6,
    /// 12, 24, 60 or 120 months) is the shortest that keeps the clusters within <see cref="MaxTripsDrawn"/>.
    /// </summary>
    static List<TimelineItem> Clusters(List<FlaggedTrip> dated, int windowDays)
    {
        var lanes = dated.Select(f => f.Person.Leader.Id).Distinct().Count();
        var perLane = Math.Max(1, MaxTripsDrawn / Math.Max(1, lanes));
        var windowMonths = windowDays / 30.4;
        var months = new[] { 1, 3, 6, 12, 24, 60, 120 }.FirstOrDefault(m => windowMonths / m <= perLane, 120);
        DateOnly Bucket(DateOnly d)
        {
            var index = (d.Year * 12 + d.Month - 1) / months * months;
            return new DateOnly(index / 12, index % 12 + 1, 1);
        }
        return dated
            .GroupBy(f => (Lane: f.Person.Leader.Slug, Start: Bucket((f.Trip.StartDate ?? f.Trip.EndDate)!.Value)))
            .Select(g =>
            {
                var strongest = g.Max(f => f.Decision.Decision.Obligation);
                var counts = string.Join(", ", g.GroupBy(f => f.Decision.Decision.Obligation).OrderByDescending(x => x.Key)
                    .Select(x => $"{x.Count()} {ObligationText.Label(x.Key).ToLowerInvariant()}"));
                var end = g.Key.Start.AddMonths(months);
                return new TimelineItem(
                    -1, g.Key.Lane, g.Key.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    $"{g.Count()} trips", $"{g.First().Person.Leader.Name}: {g.Count()} trips from {g.Key.Start:yyyy-MM-dd} to {end.AddDays(-1):yyyy-MM-dd} ({counts}). Zoom in to see them.",
                    strongest.ToString(), "Cluster", g.Count(), Cluster: true);
            })
            .ToList();
    }

    /// <summary>How many trips pass the filter but have no known date (their obligation is Undetermined).</summary>
    public virtual async Task<int> UndatedAsync(TimelineFilter filter, CancellationToken ct)
    {
        if (filter.Obligation is { } obligation && obligation != Obligation.Undetermined)
            return 0;
        var leaderIds = LeaderIds(await cache.GetAsync(ct), filter);
        return await trips.CountAsync(new TripFilter(HostIso3: filter.State, Status: filter.Status, Review: filter.Review,
            LeaderIds: leaderIds.Count > 0 ? leaderIds : null, UndatedOnly: true), ct);
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
        var dates = trip.EndDate is { } end && end != start ? $"{start:yyyy-MM-dd} – {end:yyyy-MM-dd}" : start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var status = trip.Status == TripStatus.Delegated ? $"Delegated ({representative} went)" : trip.Status.ToString();
        return new TimelineItem(
            trip.Id, f.Person.Leader.Slug,
            start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            trip.EndDate is { } last && last > start ? last.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            label,
            $"{f.Person.Leader.Name} → {host}, {dates}. {status}. {trip.Review}. {Flag(f, trip.Status)}",
            f.Decision.Decision.Obligation.ToString(), trip.Status.ToString(), 1, Cluster: false, trip.Review.ToString());
    }

    // A trip not made in person: the flag is what the host would have had to do.
    static string Flag(FlaggedTrip f, TripStatus status) => status is TripStatus.Virtual or TripStatus.Delegated
        ? $"Had {f.Person.Leader.Name} come, the host would have had to: {ObligationText.Label(f.Decision.Decision.Obligation)}"
        : $"Flag: {ObligationText.Label(f.Decision.Decision.Obligation)}";
}

/// <summary>A lane of the timeline.</summary>
public sealed record TimelineLane(string Slug, string Name, bool Wanted);

/// <summary>
/// A trip on the timeline (or, with <c>Cluster</c>, the <c>Count</c> trips of a lane in a period);
/// <c>End</c> is exclusive (the day after the last day), null for a one-day or open trip.
/// </summary>
public sealed record TimelineItem(int Id, string LeaderSlug, string Start, string? End, string Label, string Title, string Obligation, string Status, int Count, bool Cluster, string? Review = null);

/// <summary>The timeline's filters, as kept in the page's query string.</summary>
public sealed record TimelineFilter(IReadOnlyList<string> Leaders, string? State, Obligation? Obligation, TripStatus? Status, ReviewState? Review = null);
