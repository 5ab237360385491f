using Microsoft.AspNetCore.Http.HttpResults;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

/// <summary>The latest changes as an Atom feed, and planned trips and upcoming summits as an iCalendar feed.</summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/api/v1")
            .WithTags("Feeds")
            .RequireRateLimiting(ApiRateLimits.Reads)
            .CacheOutput(ApiOutputCache.Trips);
        feeds.MapGet("/feed.atom", AtomAsync).WithName("ChangesFeed")
            .WithSummary("The 50 latest changes to trips (the seed import left out), with each trip's flag (Atom, " +
                "RFC 4287); person= and state= narrow it to one traveller / host State")
            .Produces(200, contentType: "application/atom+xml")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        feeds.MapGet("/calendar.ics", CalendarAsync).WithName("Calendar")
            .WithSummary("Planned trips and upcoming summits with their flags (iCalendar, RFC 5545); a planned trip " +
                "now past reads \"(outcome not recorded)\"; person= and state= narrow it to one traveller / host State")
            .Produces(200, contentType: "text/calendar")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <param name="person" example="vladimir-putin">Traveller's slug.</param>
    /// <param name="state" example="ZAF">Host State, ISO alpha-3.</param>
    static async Task<IResult> AtomAsync(
        string? person,
        string? state,
        HttpRequest request,
        ChangeFeed feed,
        RiskAssessments risk,
        TimeProvider clock,
        CancellationToken ct)
    {
        var (filter, problem) = await new TripFilterQuery { Person = person, State = state }.ResolveAsync(risk, ct);
        if (problem is not null)
            return problem;
        var changes = await feed.LatestAsync(filter!, 50, ct);
        var entries = changes.Select(c => new AtomFeed.Entry(
            $"tag:travelrisk,2026:trip-{c.Revision.TripId}-r{c.Revision.Number}",
            $"{c.PersonName} → {c.StateName} ({c.Assessment.StartDate?.ToString("yyyy-MM-dd") ?? "date unknown"}): " +
            $"{c.Revision.Summary}",
            c.Revision.ChangedAtUtc, Security.ActorNames.Public(c.Revision.Actor),
            $"{Base(request)}/trips/{c.Revision.TripId}",
            $"Status {c.Assessment.TripStatus}. Flag: {c.Assessment.Obligation}. {c.Assessment.Explanation}")).ToList();
        // An empty feed is still valid Atom: it must have an updated, so it says when it was read.
        var updated = changes.Count > 0 ? changes[0].Revision.ChangedAtUtc : clock.GetUtcNow().UtcDateTime;
        return TypedResults.Content(
            AtomFeed.Write(
                $"{Base(request)}/api/v1/feed.atom{request.QueryString}",
                "TravelRisk: latest changes to trips",
                updated,
                entries),
            "application/atom+xml; charset=utf-8");
    }

    /// <param name="person" example="vladimir-putin">Traveller's slug.</param>
    /// <param name="state" example="ZAF">Host State, ISO alpha-3.</param>
    static async Task<IResult> CalendarAsync(
        string? person,
        string? state,
        HttpRequest request,
        TripQueries trips,
        RiskAssessments risk,
        CatalogQueries catalog,
        TimeProvider clock,
        CancellationToken ct)
    {
        var (filter, problem) = await new TripFilterQuery { Person = person, State = state }.ResolveAsync(risk, ct);
        if (problem is not null)
            return problem;
        var today = risk.Today;
        var events = new List<CalendarFeed.Event>();
        var planned =
            await trips.ListAsync(filter! with { Status = Domain.Travel.TripStatus.Planned }, 1, int.MaxValue, ct);
        foreach (var trip in planned.Items.Where(t =>
            t.StartDate is { } start && InputRules.IsInRange(start) && InputRules.IsInRange(t.EndDate ?? start)))
        {
            events.Add(new CalendarFeed.Event(
                $"trip-{trip.Id}@travelrisk",
                trip.StartDate!.Value,
                trip.EndDate ?? trip.StartDate!.Value,
                $"[{trip.Obligation}] {trip.PersonName} → {trip.StateName} ({PlannedOrPast(trip, today)})",
                $"Flag: {trip.Obligation} ({trip.Reason}). {string.Join("; ", trip.LegalBasis)}",
                $"{Base(request)}/trips/{trip.Id}"));
        }

        var summits = await catalog.SummitsAsync(today, DateOnly.MaxValue, includeUndated: false, filter.HostIso3, ct);
        var personSlug = filter.LeaderId is { } id ? (await risk.FactsAsync(ct)).LeadersById[id].Leader.Slug : null;
        foreach (var summit in summits.Where(s =>
            InputRules.IsInRange(s.StartDate!.Value) && InputRules.IsInRange(s.EndDate ?? s.StartDate!.Value)))
        {
            var wanted = summit.Obligations
                .Where(o => personSlug is null || o.Person == personSlug)
                .Where(o => o.Obligation > Domain.Rules.Obligation.NoTreatyObligation)
                .Select(o => $"{o.PersonName}: {o.Obligation}").ToList();
            // A person's calendar shows only the summits whose host would have to arrest them.
            if (personSlug is not null && wanted.Count == 0)
                continue;
            events.Add(new CalendarFeed.Event(
                $"summit-{summit.Slug}@travelrisk",
                summit.StartDate!.Value,
                summit.EndDate ?? summit.StartDate!.Value,
                $"{summit.Name} ({summit.HostName})",
                wanted.Count == 0
                    ? $"{summit.HostName} has no duty to arrest any wanted person on these dates."
                    : $"{summit.HostName} must arrest: " + string.Join("; ", wanted),
                summit.Source));
        }

        return TypedResults.Content(
            CalendarFeed.Write("-//TravelRisk//Planned trips and summits//EN", clock.GetUtcNow().UtcDateTime, events),
            "text/calendar; charset=utf-8");
    }

    /// <summary>
    /// A planned trip whose last day is past was never recorded as made or cancelled: calling it "planned" would
    /// tell a reader it is still ahead, and leaving it out would hide that the record is incomplete, so it says so.
    /// </summary>
    static string PlannedOrPast(Contracts.TripSummaryResponse trip, DateOnly today) =>
        (trip.EndDate ?? trip.StartDate) < today ? "outcome not recorded" : "planned";

    static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
