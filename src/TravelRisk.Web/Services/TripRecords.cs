using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>
/// One trip's record as readers and writers see it: the trip with its sources, status history and assessment, its
/// revisions and ETag; and the record-wide list of recent changes. (Lists of trips are <see cref="TripQueries"/>.)
/// </summary>
public sealed class TripRecords(IDbContextFactory<TravelRiskDb> dbs, RiskFactsCache cache, TimeProvider clock)
{
    /// <summary>
    /// A trip as the public may read it: its public notes only (feeds, exports, anonymous pages and API).
    /// </summary>
    public Task<TripResponse?> GetAsync(int id, CancellationToken ct) => GetAsync(id, withInternalNotes: false, ct);

    /// <summary>
    /// A trip; with <paramref name="withInternalNotes"/> (staff and API-key callers only) its staff research notes too.
    /// </summary>
    public async Task<TripResponse?> GetAsync(int id, bool withInternalNotes, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var trip = await db.Trips.AsNoTracking()
            .Include(t => t.Legs.OrderBy(l => l.Id))
            .Include(t => t.Sources)
            .AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Id == id, ct);
        if (trip is null)
            return null;

        var facts = await cache.GetAsync(ct);
        var summit = trip.SummitId is { } summitId
            ? await db.Summits.AsNoTracking().SingleAsync(s => s.Id == summitId, ct)
            : null;
        var revisions = await db.TripRevisions.AsNoTracking()
            .Where(r => r.TripId == id)
            .OrderBy(r => r.Number)
            .ToListAsync(ct);
        var history = revisions
            .Where(r => r.Number == revisions[0].Number || r.Changes.Any(c => c.Field == "status"))
            .Select(r =>
                new StatusChangeResponse(
                    TripSnapshots.Deserialize(r.Snapshot).Status,
                    r.ChangedAtUtc,
                    r.Actor,
                    r.Number,
                    r.Summary))
            .ToList();
        var person = facts.LeadersById[trip.LeaderId].Leader;
        var representative = trip.RepresentativeId is { } repId ? facts.LeadersById[repId].Leader : null;

        return new TripResponse(
            Id: trip.Id,
            Slug: trip.Slug,
            Person: person.Slug,
            PersonName: person.Name,
            State: trip.HostIso3,
            StateName: facts.Countries[trip.HostIso3].Name,
            Summit: summit?.Slug,
            SummitName: summit?.Name,
            StartDate: trip.StartDate,
            EndDate: trip.EndDate,
            Status: trip.Status,
            Representative: representative?.Slug,
            RepresentativeName: representative?.Name,
            Confidence: trip.Confidence,
            Notes: trip.Notes,
            Revision: trip.Revision,
            Review: trip.Review,
            RetractionReason: trip.RetractionReason,
            Legs: [
                .. trip.Legs.Select(l =>
                    new LegResponse(
                        l.Kind,
                        l.CountryIso3,
                        l.StartDate,
                        l.EndDate,
                        l.Source,
                        l.Notes,
                        withInternalNotes ? l.InternalNotes : null))],
            Sources: [.. trip.Sources.Select(s => new SourceResponse(s.Url, s.Outlet, s.PublishedOn, s.Quote))],
            StatusHistory: history,
            Assessment: RiskAssessments.TripRisk(facts, trip, Today),
            InternalNotes: withInternalNotes ? trip.InternalNotes : null);
    }

    /// <summary>Every recorded change to a trip, newest first (revisions are never deleted).</summary>
    public async Task<IReadOnlyList<TripRevision>> RevisionsAsync(int tripId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.TripRevisions.AsNoTracking()
            .Where(r => r.TripId == tripId)
            .OrderByDescending(r => r.Number)
            .ToListAsync(ct);
    }

    /// <summary>The latest changes to any trip, newest first, with what a reader needs to recognise the trip.</summary>
    public async Task<IReadOnlyList<RecentChange>> RecentChangesAsync(int take, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var revisions = await db.TripRevisions.AsNoTracking().OrderByDescending(r => r.Id).Take(take).ToListAsync(ct);
        var ids = revisions.Select(r => r.TripId).Distinct().ToList();
        var trips = await (
            from trip in db.Trips.AsNoTracking()
            where ids.Contains(trip.Id)
            join leader in db.Leaders on trip.LeaderId equals leader.Id
            join host in db.Countries on trip.HostIso3 equals host.Iso3
            select new
            {
                trip.Id,
                Person = leader.Name,
                State = host.Name,
                trip.StartDate,
                trip.Review,
                Retracted = trip.RetractionReason != null
            })
            .ToDictionaryAsync(t => t.Id, ct);
        return [.. revisions.Select(r =>
        {
            var t = trips[r.TripId];
            return new RecentChange(
                TripId: r.TripId,
                Number: r.Number,
                ChangedAtUtc: r.ChangedAtUtc,
                Actor: r.Actor,
                Summary: r.Summary,
                FieldCount: r.Changes.Count,
                PersonName: t.Person,
                StateName: t.State,
                StartDate: t.StartDate,
                Review: t.Review,
                Retracted: t.Retracted);
        })];
    }

    /// <summary>The ETag of a trip's representation: its revision and the facts its flag was computed from.</summary>
    public static string ETag(int id, int revision, int seedRun) => $"\"trip-{id}-r{revision}-d{seedRun}\"";

    public async Task<string> ETagAsync(int id, int revision, CancellationToken ct) =>
        ETag(id, revision, (await cache.GetAsync(ct)).SeedRun);

    DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

/// <summary>One change in the record-wide history: which trip, which revision, when, by whom, what.</summary>
public sealed record RecentChange(
    int TripId,
    int Number,
    DateTime ChangedAtUtc,
    string Actor,
    string Summary,
    int FieldCount,
    string PersonName,
    string StateName,
    DateOnly? StartDate,
    ReviewState Review,
    bool Retracted);
