using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Services;

/// <summary>Reads trips for the pages: one short-lived context per call, as Blazor circuits live long.</summary>
public class TripBrowser(IDbContextFactory<Data.TravelRiskDb> dbs)
{
    /// <summary>
    /// A page of trips, filtered and sorted on the server (EF Core translates both to SQL). The sort names a
    /// <see cref="TripListItem"/> property; an unknown name falls back to the default order.
    /// </summary>
    public virtual async Task<TripPage> PageAsync(TripPageRequest request, CancellationToken ct)
    {
        var (skip, take, review, retracted) = (request.Skip, request.Take, request.Review, request.Retracted);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var trips = db.Trips.AsNoTracking().Where(t => (t.RetractionReason != null) == retracted);
        if (review is { } state)
            trips = trips.Where(t => t.Review == state);
        var query =
            from trip in trips
            join leader in db.Leaders on trip.LeaderId equals leader.Id
            join host in db.Countries on trip.HostIso3 equals host.Iso3
            join summit in db.Summits on trip.SummitId equals (int?)summit.Id into summits
            from summit in summits.DefaultIfEmpty()
            join representative in db.Leaders on trip.RepresentativeId equals (int?)representative.Id into representatives
            from representative in representatives.DefaultIfEmpty()
            select new TripListItem
            {
                Id = trip.Id,
                LeaderName = leader.Name,
                LeaderSlug = leader.Slug,
                HostName = host.Name,
                HostIso3 = host.Iso3,
                StartDate = trip.StartDate,
                EndDate = trip.EndDate,
                Status = trip.Status,
                Review = trip.Review,
                RetractionReason = trip.RetractionReason,
                SummitName = summit == null ? null : summit.Name,
                RepresentativeName = representative == null ? null : representative.Name,
            };

        if (request.Search is { Length: > 0 } search)
        {
            // Case-insensitive on both providers; people and States are searched by their recorded names.
            var pattern = $"%{search.ToLowerInvariant().Replace("%", "").Replace("_", "")}%";
            query = query.Where(t => EF.Functions.Like(t.LeaderName.ToLower(), pattern) || EF.Functions.Like(t.HostName.ToLower(), pattern));
        }

        var total = await query.CountAsync(ct);
        var sorted = request.SortBy is { } column && Columns.TryGetValue(column, out var key)
            ? (request.Descending ? query.OrderByDescending(key) : query.OrderBy(key)).ThenBy(t => t.Id)
            // Newest first, undated trips last (SQLite and PostgreSQL place NULLs differently, so say it).
            : query.OrderBy(t => t.StartDate == null).ThenByDescending(t => t.StartDate).ThenBy(t => t.Id);
        var items = await sorted.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        return new TripPage(items, total);
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
