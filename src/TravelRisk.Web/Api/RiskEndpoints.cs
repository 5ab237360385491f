using Microsoft.AspNetCore.Http.HttpResults;
using TravelRisk.Web.Api.Contracts;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

public static class RiskEndpoints
{
    public static RouteGroupBuilder MapRiskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/risk").WithTags("Risk").RequireRateLimiting(ApiRateLimits.Reads).CacheOutput(ApiOutputCache.Facts);
        group.MapGet("/check", CheckAsync).WithName("CheckRisk")
            .WithSummary("What a State must do if a person is on its territory on a day, and why")
            .WithDescription("obligation is one of ArrestRequired, SecurityCouncilObligation, Article12_3Declaration, NoTreatyObligation, NotWanted, or Undetermined (a warrant issued under seal on a day not made public may not yet have existed). `explanation` is written for that day as seen today: a later day is told as a forecast. `date` defaults to today (UTC).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/map", MapAsync).WithName("RiskMap")
            .WithSummary("Every State's obligation toward a person on a day: where could this person go")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <param name="person" example="vladimir-putin">The person's slug, e.g. vladimir-putin.</param>
    /// <param name="state" example="ZAF">The host State's ISO 3166-1 alpha-3 code, e.g. ZAF.</param>
    /// <param name="date" example="2023-08-22">The day, yyyy-MM-dd (default: today).</param>
    static async Task<Results<Ok<RiskCheckResponse>, ValidationProblem, ProblemHttpResult>> CheckAsync(
        string? person, string? state, string? date, RiskService risk, CancellationToken ct)
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

        return TypedResults.Ok(RiskService.Check(facts, leader, host, day, risk.Today));
    }

    /// <param name="person" example="vladimir-putin">The person's slug, e.g. vladimir-putin.</param>
    /// <param name="date" example="2023-08-22">The day, yyyy-MM-dd (default: today).</param>
    static async Task<Results<Ok<List<MapEntryResponse>>, ValidationProblem, ProblemHttpResult>> MapAsync(
        string? person, string? date, RiskService risk, CancellationToken ct)
    {
        var query = new ApiQuery();
        var slug = query.Slug(nameof(person), person);
        var day = query.Date(nameof(date), date, risk.Today);
        if (query.HasErrors)
            return TypedResults.ValidationProblem(query.Errors, title: "Invalid query parameters");

        var facts = await risk.FactsAsync(ct);
        return facts.Leaders.TryGetValue(slug, out var leader)
            ? TypedResults.Ok(RiskService.Map(facts, leader, day))
            : ApiProblems.PersonNotFound(slug);
    }
}
