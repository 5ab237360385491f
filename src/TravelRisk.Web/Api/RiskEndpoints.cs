using Microsoft.AspNetCore.Http.HttpResults;
using TravelRisk.Web.Api.OpenApi;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

public static class RiskEndpoints
{
    public static RouteGroupBuilder MapRiskEndpoints(this IEndpointRouteBuilder app)
    {
        // No output cache: person × State × day is an unbounded key space, and storing every random answer cost more
        // than computing it (issue 13). Answers are written from cached parts (RiskJson)
        // and their ETag is known up front.
        var group = app.MapGroup("/api/v1/risk")
            .WithTags("Risk")
            .RequireRateLimiting(ApiRateLimits.Reads)
            .WithFactsETag();
        group.MapGet("/check", CheckAsync).WithName("CheckRisk")
            .WithSummary("What a State must do if a person is on its territory on a day, and why")
            .WithDescription("obligation is one of ArrestRequired, SecurityCouncilObligation, " +
                "Article12_3Declaration, NoTreatyObligation, NotWanted, or Undetermined (a warrant issued under seal " +
                "on a day not made public may not yet have existed). `explanation` is written for that day as seen " +
                "today: a later day is told as a forecast. `date` defaults to today (UTC).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/map", MapAsync).WithName("RiskMap")
            .WithSummary("Every State's obligation toward a person on a day: where could this person go")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapRiskBatch();
        return group;
    }

    /// <param name="person" example="vladimir-putin">The person's slug, e.g. vladimir-putin.</param>
    /// <param name="state" example="ZAF">The host State's ISO 3166-1 alpha-3 code, e.g. ZAF.</param>
    /// <param name="date" example="2023-08-22">The day, yyyy-MM-dd (default: today).</param>
    static async Task<Results<JsonBytesResult<RiskCheckResponse>, ValidationProblem, ProblemHttpResult>> CheckAsync(
        [OpenApiQuery(Required = true)] string? person,
        [OpenApiQuery(Required = true)] string? state,
        [OpenApiQuery(typeof(DateOnly))] string? date,
        RiskAssessments risk,
        RiskJson json,
        CancellationToken ct)
    {
        var query = new ApiQuery();
        var slug = query.Slug(nameof(person), person);
        var iso3 = query.Iso3(nameof(state), state);
        var day = query.Date(nameof(date), date, risk.Today);
        if (query.HasErrors)
            return TypedResults.ValidationProblem(query.Errors, title: "Invalid query parameters");

        var facts = await risk.FactsAsync(ct);
        if (!facts.Leaders.TryGetValue(slug, out var leader))
            return ApiProblems.PersonNotFound(slug);
        if (!facts.Countries.TryGetValue(iso3, out var host))
            return ApiProblems.StateNotFound(iso3);

        var today = risk.Today;
        return new JsonBytesResult<RiskCheckResponse>(() => json.Check(facts, leader, host, day, today));
    }

    /// <param name="person" example="vladimir-putin">The person's slug, e.g. vladimir-putin.</param>
    /// <param name="date" example="2023-08-22">The day, yyyy-MM-dd (default: today).</param>
    static async Task<Results<JsonBytesResult<List<MapEntryResponse>>, ValidationProblem, ProblemHttpResult>> MapAsync(
        [OpenApiQuery(Required = true)] string? person,
        [OpenApiQuery(typeof(DateOnly))] string? date,
        RiskAssessments risk,
        RiskJson json,
        CancellationToken ct)
    {
        var query = new ApiQuery();
        var slug = query.Slug(nameof(person), person);
        var day = query.Date(nameof(date), date, risk.Today);
        if (query.HasErrors)
            return TypedResults.ValidationProblem(query.Errors, title: "Invalid query parameters");

        var facts = await risk.FactsAsync(ct);
        return facts.Leaders.TryGetValue(slug, out var leader)
            ? new JsonBytesResult<List<MapEntryResponse>>(() => json.Map(facts, leader, day))
            : ApiProblems.PersonNotFound(slug);
    }
}
