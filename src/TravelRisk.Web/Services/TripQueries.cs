using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>
/// Reads trips with their flags for the API, exports and pages. Filters that the database can apply are applied
/// there; the obligation is computed by the rules in memory (tens of nanoseconds a trip), then filtered and paged.
/// </summary>
public sealed class TripQueries(
    IDbContextFactory<TravelRiskDb> dbs,
    RiskFactsCache cache,
    TripRiskCache risks,
    TimeProvider clock)
{
    public async Task<PageResponse<TripSummaryResponse>> ListAsync(
        TripFilter filter,
        int page,
        int pageSize,
        CancellationToken ct) => (await PageAsync(filter, page, pageSize, ct)).Page;

    /// <summary>A page of trips and each one's whole assessment, for include=risk.</summary>
    public async Task<TripListPage> PageAsync(TripFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        var names = await NamesAsync(ct);
        var flagged = await FlaggedAsync(filter, ct);
        var today = Today;
        var trips = flagged.Skip((page - 1) * pageSize).Take(pageSize).Select(f => f.Trip).ToList();
        var assessed = trips.Select(t => risks.Get(facts, t, today)).ToList();
        var items = trips.Zip(assessed, (t, risk) => Summary(facts, names, t, risk)).ToList();
        return new TripListPage(new PageResponse<TripSummaryResponse>(items, page, pageSize, flagged.Count), assessed);
    }

    /// <summary>
    /// The trips matching <paramref name="filter"/>, each with its assessment, newest first. The obligation is not
    /// stored: it is computed here for every candidate (tens of nanoseconds a trip) and then filtered on.
    /// </summary>
    public async Task<List<FlaggedTrip>> FlaggedAsync(TripFilter filter, CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        // Legs in the order entered (the route; explanations name overflown States in it): a join, or a split
        // query's second one, returns them in any order on PostgreSQL unless told.
        var trips = await Filtered(db, filter)
            .Include(t => t.Legs.OrderBy(l => l.Id))
            .AsSingleQuery()
            .AsNoTracking()
            .ToListAsync(ct);
        return [.. trips
            .Select(t =>
                new FlaggedTrip(
                    t,
                    facts.LeadersById[t.LeaderId],
                    Domain.Rules.TripAssessor.Assess(t, facts.Countries, facts.LeadersById[t.LeaderId].Warrants)))
            .Where(f => filter.Obligation is null || f.Obligation == filter.Obligation)
            .OrderByDescending(f => f.Trip.StartDate ?? f.Trip.EndDate).ThenByDescending(f => f.Trip.Id)];
    }

    /// <summary>
    /// The trips matching <paramref name="filter"/> with their flag, legs, sources and notes, one at a time in
    /// id order, for the streamed exports (the obligation part of the filter is applied as each trip is assessed).
    /// </summary>
    public async IAsyncEnumerable<TripExportResponse> StreamAsync(
        TripFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        var names = await NamesAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var query = Filtered(db, filter).AsNoTracking()
            .Include(t => t.Legs.OrderBy(l => l.Id))
            .Include(t => t.Sources)
            .AsSplitQuery()
            .OrderBy(t => t.Id);
        await foreach (var trip in query.AsAsyncEnumerable().WithCancellation(ct))
        {
            var summary = Summary(facts, names, trip, risks.Get(facts, trip, Today));
            if (filter.Obligation is null || summary.Obligation == filter.Obligation)
                yield return TripExportResponse.From(summary, trip);
        }
    }

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
        var names = await NamesAsync(ct);
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
        var summit = trip.SummitId is { } summitId ? names.Summits[summitId] : null;
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

    /// <summary>
    /// How many trips match <paramref name="filter"/> (the obligation part is not applied: it is not stored).
    /// </summary>
    public async Task<int> CountAsync(TripFilter filter, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await Filtered(db, filter).CountAsync(ct);
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

    static IQueryable<Trip> Filtered(TravelRiskDb db, TripFilter filter)
    {
        var query = filter.IncludeRetracted ? db.Trips.AsQueryable() : db.Trips.Where(t => t.RetractionReason == null);
        if (filter.Review is { } review)
            query = query.Where(t => t.Review == review);
        if (filter.UndatedOnly)
            query = query.Where(t => t.StartDate == null && t.EndDate == null);
        if (filter.LeaderId is { } leader)
            query = query.Where(t => t.LeaderId == leader);
        if (filter.LeaderIds is { Count: > 0 } leaders)
            query = query.Where(t => leaders.Contains(t.LeaderId));
        if (filter.HostIso3 is { } host)
            query = query.Where(t => t.HostIso3 == host);
        if (filter.RepresentativeId is { } representative)
            query = query.Where(t => t.RepresentativeId == representative);
        if (filter.VisitedIso3 is { } visited)
            query = query.Where(t =>
                t.HostIso3 == visited || t.Legs.Any(l => l.CountryIso3 == visited && l.Kind != LegKind.Overflight));
        if (filter.Status is { } status)
            query = query.Where(t => t.Status == status);
        if (filter.From is { } from)
            query = query.Where(t => (t.EndDate ?? t.StartDate) >= from);
        if (filter.To is { } to)
            query = query.Where(t => (t.StartDate ?? t.EndDate) <= to);
        return query;
    }

    DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>A trip's line in a list; its flag and legal basis are those of its kept assessment.</summary>
    static TripSummaryResponse Summary(RiskFacts facts, Names names, Trip trip, TripRiskResponse risk)
    {
        var person = facts.LeadersById[trip.LeaderId];
        var dated = risk.DecidingDay is not null;
        return new TripSummaryResponse(
            Id: trip.Id,
            Slug: trip.Slug,
            Person: person.Leader.Slug,
            PersonName: person.Leader.Name,
            State: trip.HostIso3,
            StateName: facts.Countries[trip.HostIso3].Name,
            Summit: trip.SummitId is { } summit ? names.Summits[summit].Slug : null,
            StartDate: trip.StartDate,
            EndDate: trip.EndDate,
            Status: trip.Status,
            Representative: trip.RepresentativeId is { } rep ? facts.LeadersById[rep].Leader.Slug : null,
            Confidence: trip.Confidence,
            Revision: trip.Revision,
            Review: trip.Review,
            Obligation: risk.Obligation,
            Reason: risk.Reason,
            // An undated trip has no deciding day: its explanation weighs the possible days and cites no basis.
            LegalBasis: dated ? risk.LegalBasis : [],
            Contested: dated && risk.Contested,
            DecidingDay: risk.DecidingDay,
            DecidingState: risk.DecidingState);
    }

    sealed record Names(IReadOnlyDictionary<int, Summit> Summits);

    async Task<Names> NamesAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return new Names(await db.Summits.AsNoTracking().ToDictionaryAsync(s => s.Id, ct));
    }
}

/// <summary>A page of trips as listed, with each one's whole assessment (in the same order).</summary>
public sealed record TripListPage(PageResponse<TripSummaryResponse> Page, IReadOnlyList<TripRiskResponse> Risks);

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
