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

    static async Task<ContentHttpResult> AtomAsync(HttpRequest request, IDbContextFactory<TravelRiskDb> dbs, TripQueries trips, TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
    {
        var log = logs.CreateLogger(typeof(FeedEndpoints));
        await using var db = await dbs.CreateDbContextAsync(ct);
        var revisions = await db.TripRevisions.AsNoTracking().OrderByDescending(r => r.Id).Take(50).ToListAsync(ct);
        var entries = new List<AtomFeed.Entry>();
        foreach (var revision in revisions)
        {
            // One row that cannot be read (stored before today's input rules) is left out and logged, not a 500 for every reader.
            if (await OrSkipAsync(() => trips.GetAsync(revision.TripId, ct), log, $"trip {revision.TripId}") is not { } trip)
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

    static async Task<ContentHttpResult> CalendarAsync(HttpRequest request, TripQueries trips, RiskService risk, IDbContextFactory<TravelRiskDb> dbs, TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
    {
        var log = logs.CreateLogger(typeof(FeedEndpoints));
        var today = risk.Today;
        var events = new List<CalendarFeed.Event>();
        var planned = await trips.ListAsync(new TripFilter(Status: Domain.Travel.TripStatus.Planned), 1, int.MaxValue, ct);
        foreach (var trip in planned.Items.Where(t => t.StartDate is { } start && InputRules.IsInRange(start) && InputRules.IsInRange(t.EndDate ?? start)))
        {
            events.Add(new CalendarFeed.Event($"trip-{trip.Id}@travelrisk", trip.StartDate!.Value, trip.EndDate ?? trip.StartDate!.Value,
                $"[{trip.Obligation}] {trip.PersonName} → {trip.StateName} (planned)",
                $"Flag: {trip.Obligation} ({trip.Reason}). {string.Join("; ", trip.LegalBasis)}", $"{Base(request)}/trips/{trip.Id}"));
        }

        var facts = await risk.FactsAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var summits = await db.Summits.AsNoTracking().Where(s => s.StartDate != null && (s.EndDate ?? s.StartDate) >= today).OrderBy(s => s.StartDate).ToListAsync(ct);
        foreach (var summit in summits.Where(s => InputRules.IsInRange(s.StartDate!.Value) && InputRules.IsInRange(s.EndDate ?? s.StartDate!.Value)))
        {
            if (!facts.Countries.TryGetValue(summit.HostIso3, out var host))
                continue;
            var wanted = await OrSkipAsync(() => Task.FromResult<List<string>?>(facts.Leaders.Values
                .Where(l => l.Warrants.Any(w => w.Warrant.IsOutstandingOn(summit.StartDate!.Value)))
                .Select(l => (l.Leader.Name, Decision: Domain.Rules.ArrestObligationRules.Decide(summit.StartDate!.Value, host, l.Warrants)))
                .Where(x => x.Decision.Obligation > Domain.Rules.Obligation.NoTreatyObligation)
                .Select(x => $"{x.Name}: {x.Decision.Obligation}").ToList()), log, $"summit {summit.Slug}");
            if (wanted is null)
                continue;
            events.Add(new CalendarFeed.Event($"summit-{summit.Slug}@travelrisk", summit.StartDate!.Value, summit.EndDate ?? summit.StartDate!.Value,
                $"{summit.Name} ({host.Name})",
                wanted.Count == 0 ? $"{host.Name} has no duty to arrest any wanted person on these dates." : $"{host.Name} must arrest: " + string.Join("; ", wanted),
                summit.Source));
        }

        return TypedResults.Content(CalendarFeed.Write("-//TravelRisk//Planned trips and summits//EN", clock.GetUtcNow().UtcDateTime, events), "text/calendar; charset=utf-8");
    }

    static async Task<T?> OrSkipAsync<T>(Func<Task<T?>> read, ILogger log, string row) where T : class
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Left {Row} out of a feed: it cannot be read", row);
            return null;
        }
    }

    static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
