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
            .WithSummary("The 50 latest changes to trips (the seed import left out), with each trip's flag (Atom, RFC 4287); person= and state= narrow it to one traveller / host State")
            .Produces(200, contentType: "application/atom+xml").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        feeds.MapGet("/calendar.ics", CalendarAsync).WithName("Calendar")
            .WithSummary("Planned trips and upcoming summits with their flags (iCalendar, RFC 5545); a planned trip now past reads \"(outcome not recorded)\"; person= and state= narrow it to one traveller / host State")
            .Produces(200, contentType: "text/calendar").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Who the seed import records as the actor of its revisions (Data/Seeding/DataSeeder).</summary>
    const string SeedActor = "data/";

    /// <param name="person" example="vladimir-putin">Traveller's slug.</param>
    /// <param name="state" example="ZAF">Host State, ISO alpha-3.</param>
    static async Task<IResult> AtomAsync(string? person, string? state, HttpRequest request, IDbContextFactory<TravelRiskDb> dbs, TripQueries trips, RiskService risk,
        TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
    {
        var (filter, problem) = await new TripFilterQuery { Person = person, State = state }.ResolveAsync(risk, ct);
        if (problem is not null)
            return problem;
        var log = logs.CreateLogger(typeof(FeedEndpoints));
        await using var db = await dbs.CreateDbContextAsync(ct);
        // The seed import writes one revision per trip: fifty "Imported from data/trips.csv" entries are not news.
        var changes = db.TripRevisions.AsNoTracking().Where(r => r.Actor != SeedActor);
        if (filter!.LeaderId is { } leaderId)
            changes = changes.Where(r => db.Trips.Any(t => t.Id == r.TripId && t.LeaderId == leaderId));
        if (filter.HostIso3 is { } host)
            changes = changes.Where(r => db.Trips.Any(t => t.Id == r.TripId && t.HostIso3 == host));
        var revisions = await changes.OrderByDescending(r => r.Id).Take(50).ToListAsync(ct);
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
        // An empty feed is still valid Atom: it must have an updated, so it says when it was read.
        var updated = revisions.Count > 0 ? revisions[0].ChangedAtUtc : clock.GetUtcNow().UtcDateTime;
        return TypedResults.Content(AtomFeed.Write($"{Base(request)}/api/v1/feed.atom{request.QueryString}", "TravelRisk: latest changes to trips", updated, entries),
            "application/atom+xml; charset=utf-8");
    }

    /// <param name="person" example="vladimir-putin">Traveller's slug.</param>
    /// <param name="state" example="ZAF">Host State, ISO alpha-3.</param>
    static async Task<IResult> CalendarAsync(string? person, string? state, HttpRequest request, TripQueries trips, RiskService risk, IDbContextFactory<TravelRiskDb> dbs,
        TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
    {
        var (filter, problem) = await new TripFilterQuery { Person = person, State = state }.ResolveAsync(risk, ct);
        if (problem is not null)
            return problem;
        var log = logs.CreateLogger(typeof(FeedEndpoints));
        var today = risk.Today;
        var events = new List<CalendarFeed.Event>();
        var planned = await trips.ListAsync(filter! with { Status = Domain.Travel.TripStatus.Planned }, 1, int.MaxValue, ct);
        foreach (var trip in planned.Items.Where(t => t.StartDate is { } start && InputRules.IsInRange(start) && InputRules.IsInRange(t.EndDate ?? start)))
        {
            events.Add(new CalendarFeed.Event($"trip-{trip.Id}@travelrisk", trip.StartDate!.Value, trip.EndDate ?? trip.StartDate!.Value,
                $"[{trip.Obligation}] {trip.PersonName} → {trip.StateName} ({PlannedOrPast(trip, today)})",
                $"Flag: {trip.Obligation} ({trip.Reason}). {string.Join("; ", trip.LegalBasis)}", $"{Base(request)}/trips/{trip.Id}"));
        }

        var facts = await risk.FactsAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var upcoming = db.Summits.AsNoTracking().Where(s => s.StartDate != null && (s.EndDate ?? s.StartDate) >= today);
        if (filter.HostIso3 is { } hostIso3)
            upcoming = upcoming.Where(s => s.HostIso3 == hostIso3);
        var summits = await upcoming.OrderBy(s => s.StartDate).ToListAsync(ct);
        foreach (var summit in summits.Where(s => InputRules.IsInRange(s.StartDate!.Value) && InputRules.IsInRange(s.EndDate ?? s.StartDate!.Value)))
        {
            if (!facts.Countries.TryGetValue(summit.HostIso3, out var host))
                continue;
            var wanted = await OrSkipAsync(() => Task.FromResult<List<string>?>(facts.Leaders.Values
                .Where(l => filter.LeaderId is null || l.Leader.Id == filter.LeaderId)
                .Where(l => l.Warrants.Any(w => w.Warrant.IsOutstandingOn(summit.StartDate!.Value)))
                .Select(l => (l.Leader.Name, Decision: Domain.Rules.ArrestObligationRules.Decide(summit.StartDate!.Value, host, l.Warrants)))
                .Where(x => x.Decision.Obligation > Domain.Rules.Obligation.NoTreatyObligation)
                .Select(x => $"{x.Name}: {x.Decision.Obligation}").ToList()), log, $"summit {summit.Slug}");
            // A person's calendar shows only the summits whose host would have to arrest them.
            if (wanted is null || (filter.LeaderId is not null && wanted.Count == 0))
                continue;
            events.Add(new CalendarFeed.Event($"summit-{summit.Slug}@travelrisk", summit.StartDate!.Value, summit.EndDate ?? summit.StartDate!.Value,
                $"{summit.Name} ({host.Name})",
                wanted.Count == 0 ? $"{host.Name} has no duty to arrest any wanted person on these dates." : $"{host.Name} must arrest: " + string.Join("; ", wanted),
                summit.Source));
        }

        return TypedResults.Content(CalendarFeed.Write("-//TravelRisk//Planned trips and summits//EN", clock.GetUtcNow().UtcDateTime, events), "text/calendar; charset=utf-8");
    }

    /// <summary>
    /// A planned trip whose last day is past was never recorded as made or cancelled: calling it "planned" would
    /// tell a reader it is still ahead, and leaving it out would hide that the record is incomplete, so it says so.
    /// </summary>
    static string PlannedOrPast(Contracts.TripSummaryResponse trip, DateOnly today) =>
        (trip.EndDate ?? trip.StartDate) < today ? "outcome not recorded" : "planned";

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
