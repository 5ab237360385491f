using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>
/// Lists of trips with their flags for the API, exports and pages (one trip's record is <see cref="TripRecords"/>).
/// Filters that the database can apply are applied there; the obligation is computed by the rules in memory (tens
/// of nanoseconds a trip), then filtered and paged.
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
    /// How many trips match <paramref name="filter"/> (the obligation part is not applied: it is not stored).
    /// </summary>
    public async Task<int> CountAsync(TripFilter filter, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await Filtered(db, filter).CountAsync(ct);
    }


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
