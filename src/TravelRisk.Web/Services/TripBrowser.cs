using Microsoft.EntityFrameworkCore;
using Radzen;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Services;

/// <summary>Reads trips for the pages: one short-lived context per call, as Blazor circuits live long.</summary>
public class TripBrowser(IDbContextFactory<Data.TravelRiskDb> dbs)
{
    /// <summary>
    /// A page of trips sorted on the server. <paramref name="orderBy"/> is the grid's sort expression
    /// ("StartDate desc", "LeaderName"); it names <see cref="TripListItem"/> properties and is applied by Radzen's
    /// query extension, which EF Core translates to SQL. <paramref name="review"/> narrows to one review state;
    /// <paramref name="retracted"/> lists the retracted trips instead of the standing ones.
    /// </summary>
    public virtual async Task<TripPage> PageAsync(int skip, int take, string? orderBy, ReviewState? review, bool retracted, CancellationToken ct)
    {
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

        var total = await query.CountAsync(ct);
        var sorted = string.IsNullOrWhiteSpace(orderBy)
            // Newest first, undated trips last (SQLite and PostgreSQL place NULLs differently, so say it).
            ? query.OrderBy(t => t.StartDate == null).ThenByDescending(t => t.StartDate).ThenBy(t => t.Id)
            : query.OrderBy(orderBy);
        var items = await sorted.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        return new TripPage(items, total);
    }
}
