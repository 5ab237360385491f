using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Data;
using TravelRisk.Web.Data.Seeding;

namespace TravelRisk.Web.Services;

/// <summary>
/// The latest analyst changes to trips with each trip's flag as read today, for the Atom feed: one query for the
/// revisions and one for their trips, whatever the number of entries.
/// </summary>
public sealed class ChangeFeed(
    IDbContextFactory<TravelRiskDb> dbs,
    RiskFactsCache cache,
    TimeProvider clock,
    ILogger<ChangeFeed> log)
{
    /// <summary>Newest first, the seed import left out (one "Imported" revision per trip is not news).</summary>
    public async Task<IReadOnlyList<FeedChange>> LatestAsync(TripFilter filter, int take, CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var changes = db.TripRevisions.AsNoTracking().Where(r => r.Actor != DataSeeder.Actor);
        if (filter.LeaderId is { } leaderId)
            changes = changes.Where(r => db.Trips.Any(t => t.Id == r.TripId && t.LeaderId == leaderId));
        if (filter.HostIso3 is { } host)
            changes = changes.Where(r => db.Trips.Any(t => t.Id == r.TripId && t.HostIso3 == host));
        var revisions = await changes.OrderByDescending(r => r.Id).Take(take).ToListAsync(ct);
        var ids = revisions.Select(r => r.TripId).Distinct().ToList();
        var trips = await db.Trips.AsNoTracking()
            .Include(t => t.Legs.OrderBy(l => l.Id))
            .Where(t => ids.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, ct);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var risks = new Dictionary<int, TripRiskResponse?>();
        var entries = new List<FeedChange>(revisions.Count);
        foreach (var revision in revisions)
        {
            if (!risks.TryGetValue(revision.TripId, out var risk))
                risks[revision.TripId] = risk = trips.TryGetValue(revision.TripId, out var trip)
                    ? Assess(facts, trip, today)
                    : null;
            if (risk is not null)
                entries.Add(
                    new FeedChange(
                        revision,
                        facts.LeadersById[trips[revision.TripId].LeaderId].Leader.Name,
                        facts.Countries[risk.State].Name,
                        risk));
        }
        return entries;
    }

    /// <summary>
    /// One row that cannot be read (stored before today's input rules) is left out and logged, not a 500 for every
    /// reader.
    /// </summary>
    TripRiskResponse? Assess(RiskFacts facts, Trip trip, DateOnly today)
    {
        try
        {
            return RiskAssessments.TripRisk(facts, trip, today);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Left trip {TripId} out of the changes feed: it cannot be read", trip.Id);
            return null;
        }
    }
}

/// <summary>
/// One change for the feed: the revision, whose trip it is and where, and the trip's flag as read today.
/// </summary>
public sealed record FeedChange(
    TripRevision Revision,
    string PersonName,
    string StateName,
    TripRiskResponse Assessment);
