using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Services;

/// <summary>Reads trips for the pages: one short-lived context per call, as Blazor circuits live long.</summary>
public sealed class TripBrowser(IDbContextFactory<Data.TravelRiskDb> dbs, RiskFactsCache cache) : ITripBrowser
{
    /// <summary>
    /// A page of trips, filtered and sorted on the server (EF Core translates both to SQL). The sort names a
    /// <see cref="TripListItem"/> property; an unknown name falls back to the default order. The obligation is not
    /// stored: for its filter every candidate is assessed by the rules (tens of nanoseconds a trip), and each row of
    /// the page gets its own.
    /// </summary>
    public async Task<TripPage> PageAsync(TripPageRequest request, CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var trips = Filtered(db.Trips.AsNoTracking(), request);
        Dictionary<int, Obligation>? assessed = null;
        if (request.Obligation is { } obligation)
        {
            var candidates = await trips.Include(t => t.Legs.OrderBy(l => l.Id)).AsSplitQuery().ToListAsync(ct);
            assessed = candidates.Select(t => (t.Id, Obligation: Assess(facts, t)))
                .Where(t => t.Obligation == obligation)
                .ToDictionary(t => t.Id, t => t.Obligation);
            var matching = assessed.Keys.ToList();
            trips = trips.Where(t => matching.Contains(t.Id));
        }

        var joined =
            from trip in trips
            join leader in db.Leaders on trip.LeaderId equals leader.Id
            join host in db.Countries on trip.HostIso3 equals host.Iso3
            join summit in db.Summits on trip.SummitId equals (int?)summit.Id into summits
            from summit in summits.DefaultIfEmpty()
            join representative in db.Leaders
                on trip.RepresentativeId equals (int?)representative.Id into representatives
            from representative in representatives.DefaultIfEmpty()
            select new { trip, leader, host, summit, representative };
        if (request.Person is { } person)
            joined = joined.Where(x => x.leader.Slug == person);
        if (request.Search is { Length: > 0 } search)
        {
            // Case-insensitive on both providers (ASCII letters; names keep their accents in the record).
            var pattern = $"%{search.ToLowerInvariant().Replace("%", "").Replace("_", "")}%";
            var code = search.Trim().ToUpperInvariant();
            joined = joined.Where(x =>
                EF.Functions.Like(x.leader.Name.ToLower(), pattern)
                    || EF.Functions.Like(x.host.Name.ToLower(), pattern)
                    || x.host.Iso3 == code
                || (x.summit != null && EF.Functions.Like(x.summit.Name.ToLower(), pattern))
                || (x.representative != null && EF.Functions.Like(x.representative.Name.ToLower(), pattern))
                || (x.trip.Notes != null && EF.Functions.Like(x.trip.Notes.ToLower(), pattern)));
        }
        var query = joined.Select(x => new TripListItem
        {
            Id = x.trip.Id,
            LeaderName = x.leader.Name,
            LeaderSlug = x.leader.Slug,
            HostName = x.host.Name,
            HostIso3 = x.host.Iso3,
            StartDate = x.trip.StartDate,
            EndDate = x.trip.EndDate,
            Status = x.trip.Status,
            Review = x.trip.Review,
            RetractionReason = x.trip.RetractionReason,
            SummitName = x.summit == null ? null : x.summit.Name,
            RepresentativeName = x.representative == null ? null : x.representative.Name,
        });

        var total = await query.CountAsync(ct);
        var sorted = request.SortBy is { } column && Columns.TryGetValue(column, out var key)
            ? (request.Descending ? query.OrderByDescending(key) : query.OrderBy(key)).ThenBy(t => t.Id)
            // Newest first, undated trips last (SQLite and PostgreSQL place NULLs differently, so say it).
            : query.OrderBy(t => t.StartDate == null).ThenByDescending(t => t.StartDate).ThenBy(t => t.Id);
        var items = await sorted.Skip(Math.Max(0, request.Skip)).Take(Math.Clamp(request.Take, 1, 500)).ToListAsync(ct);

        // Each row's obligation, from the rules: known already under an obligation filter, otherwise the page's trips
        // with their legs, in one more query.
        if (assessed is null)
        {
            var ids = items.Select(i => i.Id).ToList();
            assessed =
                (await db.Trips.AsNoTracking()
                    .Include(t => t.Legs.OrderBy(l => l.Id))
                    .Where(t => ids.Contains(t.Id))
                    .ToListAsync(ct))
                .ToDictionary(t => t.Id, t => Assess(facts, t));
        }
        return new TripPage([.. items.Select(i => i with { Obligation = assessed[i.Id] })], total);
    }

    /// <summary>
    /// What the list's person and State filters offer: the people with trips, and every State, by name.
    /// </summary>
    public async Task<TripListChoices> ChoicesAsync(CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var ids = await db.Trips.Select(t => t.LeaderId).Distinct().ToListAsync(ct);
        return new TripListChoices(
            [.. ids.Select(id => facts.LeadersById[id].Leader)
                .OrderBy(l => l.Name, StringComparer.Ordinal)
                .Select(l => new Choice(l.Slug, l.Name))],
            facts.StateChoices);
    }

    static Obligation Assess(RiskFacts facts, Trip trip) =>
        TripAssessor.Assess(trip, facts.Countries, facts.LeadersById[trip.LeaderId].Warrants).Decision.Obligation;

    static IQueryable<Trip> Filtered(IQueryable<Trip> trips, TripPageRequest request)
    {
        trips = trips.Where(t => (t.RetractionReason != null) == request.Retracted);
        if (request.Review is { } review)
            trips = trips.Where(t => t.Review == review);
        if (request.State is { } state)
            trips = trips.Where(t => t.HostIso3 == state);
        if (request.Status is { } status)
            trips = trips.Where(t => t.Status == status);
        if (request.From is { } from)
            trips = trips.Where(t => (t.EndDate ?? t.StartDate) >= from);
        if (request.To is { } to)
            trips = trips.Where(t => (t.StartDate ?? t.EndDate) <= to);
        return trips;
    }

    // The columns the grid may sort by; a whitelist, so a request can never name anything else.
    static readonly Dictionary<string, Expression<Func<TripListItem, object?>>> Columns = new()
    {
        [nameof(TripListItem.LeaderName)] = t => t.LeaderName,
        [nameof(TripListItem.HostName)] = t => t.HostName,
        [nameof(TripListItem.StartDate)] = t => t.StartDate,
        [nameof(TripListItem.EndDate)] = t => t.EndDate,
        [nameof(TripListItem.Status)] = t => t.Status,
        [nameof(TripListItem.Review)] = t => t.Review,
        [nameof(TripListItem.SummitName)] = t => t.SummitName,
    };
}

/// <summary>The choices of the trip list's person and State filters (values are slugs and ISO alpha-3 codes).</summary>
public sealed record TripListChoices(IReadOnlyList<Choice> People, IReadOnlyList<Choice> States);
