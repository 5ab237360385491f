using System.Globalization;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Services;

/// <summary>What the timeline page shows: lanes (one per leader) and the trips of a date window, with their flags.</summary>
public class TimelineService(TripQueries trips, RiskFactsCache cache)
{
    /// <summary>The people who have trips (or those asked for), for the lanes and the leader filter.</summary>
    public virtual async Task<IReadOnlyList<TimelineLane>> LanesAsync(CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        var travellers = (await trips.FlaggedAsync(new TripFilter(), ct)).Select(f => f.Person.Leader.Id).ToHashSet();
        return facts.Leaders.Values.Where(l => travellers.Contains(l.Leader.Id))
            .OrderBy(l => l.Leader.Name, StringComparer.Ordinal)
            .Select(l => new TimelineLane(l.Leader.Slug, l.Leader.Name, l.Warrants.Length > 0))
            .ToList();
    }

    /// <summary>The trips overlapping [from, to] that pass the filter; undated trips cannot be placed and are left out.</summary>
    public virtual async Task<IReadOnlyList<TimelineItem>> ItemsAsync(TimelineFilter filter, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        var leaderIds = filter.Leaders.Select(slug => facts.Leaders.TryGetValue(slug, out var l) ? l.Leader.Id : -1).ToList();
        var flagged = await trips.FlaggedAsync(new TripFilter(HostIso3: filter.State, From: from, To: to, Status: filter.Status, Obligation: filter.Obligation,
            LeaderIds: leaderIds.Count > 0 ? leaderIds : null), ct);
        return flagged.Where(f => (f.Trip.StartDate ?? f.Trip.EndDate) is not null).Select(f => Item(facts, f)).ToList();
    }

    /// <summary>How many trips pass the filter but have no known date.</summary>
    public virtual async Task<int> UndatedAsync(TimelineFilter filter, CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        var leaderIds = filter.Leaders.Select(slug => facts.Leaders.TryGetValue(slug, out var l) ? l.Leader.Id : -1).ToList();
        var flagged = await trips.FlaggedAsync(new TripFilter(HostIso3: filter.State, Status: filter.Status, Obligation: filter.Obligation,
            LeaderIds: leaderIds.Count > 0 ? leaderIds : null), ct);
        return flagged.Count(f => f.Trip.StartDate is null && f.Trip.EndDate is null);
    }

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
            $"{f.Person.Leader.Name} → {host}, {dates}. {status}. Flag: {ObligationText.Label(f.Decision.Decision.Obligation)}",
            f.Decision.Decision.Obligation.ToString(), trip.Status.ToString());
    }
}

/// <summary>A lane of the timeline.</summary>
public sealed record TimelineLane(string Slug, string Name, bool Wanted);

/// <summary>A trip on the timeline; <c>End</c> is exclusive (the day after the last day), null for a one-day or open trip.</summary>
public sealed record TimelineItem(int Id, string LeaderSlug, string Start, string? End, string Label, string Title, string Obligation, string Status);

/// <summary>The timeline's filters, as kept in the page's query string.</summary>
public sealed record TimelineFilter(IReadOnlyList<string> Leaders, string? State, Obligation? Obligation, TripStatus? Status);
