using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Web.Data;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

/// <summary>The latest changes as an Atom feed, and planned trips and upcoming summits as an iCalendar feed.</summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/api/v1").WithTags("Feeds").RequireRateLimiting(ApiRateLimits.Reads).CacheOutput(ApiOutputCache.Trips);
        feeds.MapGet("/feed.atom", AtomAsync).WithName("ChangesFeed")
            .WithSummary("The 50 latest changes to trips, with each trip's flag (Atom, RFC 4287)").Produces(200, contentType: "application/atom+xml");
        feeds.MapGet("/calendar.ics", CalendarAsync).WithName("Calendar")
            .WithSummary("Planned trips and upcoming summits with their flags (iCalendar, RFC 5545)").Produces(200, contentType: "text/calendar");
        return app;
    }

    static async Task<ContentHttpResult> AtomAsync(HttpRequest request, IDbContextFactory<TravelRiskDb> dbs, TripQueries trips, TimeProvider clock, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var revisions = await db.TripRevisions.AsNoTracking().OrderByDescending(r => r.Id).Take(50).ToListAsync(ct);
        var entries = new List<AtomFeed.Entry>();
        foreach (var revision in revisions)
        {
            if (await trips.GetAsync(revision.TripId, ct) is not { } trip)
                continue;
            entries.Add(new AtomFeed.Entry(
                $"tag:travelrisk,2026:trip-{trip.Id}-r{revision.Number}",
                $"{trip.PersonName} → {trip.StateName} ({trip.StartDate?.ToString("yyyy-MM-dd") ?? "date unknown"}): {revision.Summary}",
                revision.ChangedAtUtc, Security.ActorNames.Public(revision.Actor),
                $"{Base(request)}/trips/{trip.Id}",
                $"Status {trip.Status}. Flag: {trip.Assessment.Obligation}. {trip.Assessment.Explanation}"));
        }
        var updated = revisions.Count > 0 ? revisions[0].ChangedAtUtc : clock.GetUtcNow().UtcDateTime;
        return TypedResults.Content(AtomFeed.Write($"{Base(request)}/api/v1/feed.atom", "TravelRisk: latest changes to trips", updated, entries),
            "application/atom+xml; charset=utf-8");
    }

    static async Task<ContentHttpResult> CalendarAsync(HttpRequest request, TripQueries trips, RiskService risk, IDbContextFactory<TravelRiskDb> dbs, TimeProvider clock, CancellationToken ct)
    {
        var today = risk.Today;
        var events = new List<ICalendar.Event>();
        var planned = await trips.ListAsync(new TripFilter(Status: Domain.Travel.TripStatus.Planned), 1, int.MaxValue, ct);
        foreach (var trip in planned.Items.Where(t => t.StartDate is not null))
        {
            events.Add(new ICalendar.Event($"trip-{trip.Id}@travelrisk", trip.StartDate!.Value, trip.EndDate ?? trip.StartDate!.Value,
                $"[{trip.Obligation}] {trip.PersonName} → {trip.StateName} (planned)",
                $"Flag: {trip.Obligation} ({trip.Reason}). {string.Join("; ", trip.LegalBasis)}", $"{Base(request)}/trips/{trip.Id}"));
        }

        var facts = await risk.FactsAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var summits = await db.Summits.AsNoTracking().Where(s => s.StartDate != null && (s.EndDate ?? s.StartDate) >= today).OrderBy(s => s.StartDate).ToListAsync(ct);
        foreach (var summit in summits)
        {
            var host = facts.Countries[summit.HostIso3];
            var wanted = facts.Leaders.Values
                .Where(l => l.Warrants.Any(w => w.Warrant.IsOutstandingOn(summit.StartDate!.Value)))
                .Select(l => (l.Leader.Name, Decision: Domain.Rules.ArrestObligationRules.Decide(summit.StartDate!.Value, host, l.Warrants)))
                .Where(x => x.Decision.Obligation > Domain.Rules.Obligation.NoTreatyObligation)
                .Select(x => $"{x.Name}: {x.Decision.Obligation}").ToList();
            events.Add(new ICalendar.Event($"summit-{summit.Slug}@travelrisk", summit.StartDate!.Value, summit.EndDate ?? summit.StartDate!.Value,
                $"{summit.Name} ({host.Name})",
                wanted.Count == 0 ? $"{host.Name} has no duty to arrest any wanted person on these dates." : $"{host.Name} must arrest: " + string.Join("; ", wanted),
                summit.Source));
        }

        return TypedResults.Content(ICalendar.Write("-//TravelRisk//Planned trips and summits//EN", clock.GetUtcNow().UtcDateTime, events), "text/calendar; charset=utf-8");
    }

    static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
