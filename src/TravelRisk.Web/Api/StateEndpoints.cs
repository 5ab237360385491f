using Microsoft.AspNetCore.Http.HttpResults;
using TravelRisk.Web.Api.OpenApi;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

public static class StateEndpoints
{
    public static RouteGroupBuilder MapStateEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/states")
            .WithTags("States")
            .RequireRateLimiting(ApiRateLimits.Reads)
            .CacheOutput(ApiOutputCache.Facts);
        group.MapGet("/", ListAsync).WithName("ListStates")
            .WithSummary("Every UN member and observer State with its Rome Statute status on asOf")
            .ProducesValidationProblem();
        group.MapGet("/{iso3}", GetAsync).WithName("GetState")
            .WithSummary("A State's Rome Statute timeline and its status on asOf (default today)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <param name="asOf" example="2024-09-03">The day, yyyy-MM-dd (default: today).</param>
    static async Task<Results<Ok<List<StateResponse>>, ValidationProblem>> ListAsync(
        [OpenApiQuery(typeof(DateOnly))] string? asOf,
        RiskAssessments risk,
        CancellationToken ct)
    {
        var query = new ApiQuery();
        var day = query.Date(nameof(asOf), asOf, risk.Today);
        if (query.HasErrors)
            return TypedResults.ValidationProblem(query.Errors, title: "Invalid query parameters");

        var facts = await risk.FactsAsync(ct);
        return TypedResults.Ok(facts.CountriesByName.Select(c => StateResponse.For(c, day)).ToList());
    }

    /// <param name="iso3" example="MNG">ISO 3166-1 alpha-3 code, e.g. ZAF.</param>
    /// <param name="asOf" example="2024-09-03">The day, yyyy-MM-dd (default: today).</param>
    static async Task<Results<Ok<StateResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string iso3,
        [OpenApiQuery(typeof(DateOnly))] string? asOf,
        RiskAssessments risk,
        CancellationToken ct)
    {
        var query = new ApiQuery();
        var code = query.Iso3(nameof(iso3), iso3);
        var day = query.Date(nameof(asOf), asOf, risk.Today);
        if (query.HasErrors)
            return TypedResults.ValidationProblem(query.Errors, title: "Invalid parameters");

        var facts = await risk.FactsAsync(ct);
        return facts.Countries.TryGetValue(code, out var country)
            ? TypedResults.Ok(StateResponse.For(country, day))
            : ApiProblems.StateNotFound(code);
    }
}
