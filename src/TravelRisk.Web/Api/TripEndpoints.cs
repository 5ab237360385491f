using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Api.OpenApi;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Security;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

public static class TripEndpoints
{
    public static RouteGroupBuilder MapTripEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/trips").WithTags("Trips");
        group.MapGet("/", ListAsync)
            .WithName("ListTrips")
            .RequireRateLimiting(ApiRateLimits.Reads)
            .CacheOutput(ApiOutputCache.Trips)
            .WithSummary("Trips with their flags, filtered and paged (newest first)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:int}", GetAsync)
            .WithName("GetTrip")
            .RequireRateLimiting(ApiRateLimits.Reads)
            .CacheOutput(ApiOutputCache.Trips)
            .WithSummary("A trip with its legs, sources, status history and assessment; the ETag carries its revision")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithMetadata(OptionalApiKey.Instance); // a key adds the staff notes
        group.MapGet("/{id:int}/risk", GetRiskAsync)
            .WithName("GetTripRisk")
            .RequireRateLimiting(ApiRateLimits.Reads)
            .CacheOutput(ApiOutputCache.Trips)
            .WithSummary("A trip's assessment over every day and leg, with the day and State that decided it")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapTripWrites();
        return group;
    }

    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">1 to 200 (default 50).</param>
    /// <param name="include" example="risk">
    /// risk: each trip also carries its whole assessment, as GET /api/v1/trips/{id}/risk gives it: one request a page.
    /// </param>
    static async Task<Results<Ok<PageResponse<TripSummaryResponse>>, TripListJson.Result, ValidationProblem,
        ProblemHttpResult>> ListAsync(
        [AsParameters] TripFilterQuery filters,
        [OpenApiQuery(typeof(int), Minimum = 1, Maximum = 100_000)] string? page,
        [OpenApiQuery(typeof(int), Minimum = 1, Maximum = 200)] string? pageSize,
        [OpenApiQuery(Values = ["risk"])] string? include,
        TripQueries trips,
        RiskAssessments risk,
        TripListJson json,
        CancellationToken ct)
    {
        var query = new ApiQuery();
        var parsed = filters.Parse(query);
        var pageNumber = query.Int(nameof(page), page, 1, 1, 100_000);
        var size = query.Int(nameof(pageSize), pageSize, 50, 1, 200);
        var withRisk = query.Includes(nameof(include), include, "risk");
        if (query.HasErrors)
            return TypedResults.ValidationProblem(query.Errors, title: "Invalid query parameters");

        var (filter, notFound) = await parsed.ResolveAsync(risk, ct);
        if (notFound is not null)
            return notFound;
        if (withRisk)
            return new TripListJson.Result(json, await trips.PageAsync(filter!, pageNumber, size, ct));
        return TypedResults.Ok(await trips.ListAsync(filter!, pageNumber, size, ct));
    }

    static async Task<Results<Ok<TripResponse>, ProblemHttpResult>> GetAsync(
        int id,
        TripRecords trips,
        HttpContext context,
        CancellationToken ct)
    {
        var staff = await MaySeeInternalNotesAsync(context);
        if (await trips.GetAsync(id, staff, ct) is not { } trip)
            return ApiProblems.TripNotFound(id);
        context.Response.Headers.ETag = await trips.ETagAsync(id, trip.Revision, ct);
        if (staff)
        {
            // Staff notes must never be served from a shared cache to the next (anonymous) caller.
            context.Features.Get<IOutputCacheFeature>()?.Context.AllowCacheStorage = false;
            context.Response.Headers.CacheControl = "private, no-store";
        }
        return TypedResults.Ok(Published(trip));
    }

    /// <summary>
    /// Staff research notes go to API-key callers (the writers) and signed-in Analysts and above; a read without a
    /// key is anonymous, so a bad key here only means no notes (reads never answer 401).
    /// </summary>
    static async Task<bool> MaySeeInternalNotesAsync(HttpContext context) =>
        ActorNames.MaySeeStaff(context.User)
            || (await context.AuthenticateAsync(ApiKeyAuthentication.SchemeName)).Succeeded;

    static async Task<Results<Ok<TripRiskResponse>, ProblemHttpResult>> GetRiskAsync(
        int id,
        RiskAssessments risk,
        CancellationToken ct) =>
        await risk.TripRiskAsync(id, ct) is { } response ? TypedResults.Ok(response) : ApiProblems.TripNotFound(id);

    /// <summary>
    /// The trip as the API publishes it: staff e-mail addresses replaced (see <see cref="ActorNames"/>).
    /// </summary>
    internal static TripResponse Published(TripResponse trip) =>
        trip with
        {
            StatusHistory = [.. trip.StatusHistory.Select(h => h with { Actor = ActorNames.Public(h.Actor) })]
        };

}
