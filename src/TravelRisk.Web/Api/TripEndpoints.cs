using Microsoft.AspNetCore.Http.HttpResults;
using TravelRisk.Web.Api.Contracts;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

public static class TripEndpoints
{
    public static RouteGroupBuilder MapTripEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/trips").WithTags("Trips");
        group.MapGet("/{id:int}/risk", GetRiskAsync).WithName("GetTripRisk")
            .WithSummary("A trip's assessment over every day and leg, with the day and State that decided it")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    static async Task<Results<Ok<TripRiskResponse>, ProblemHttpResult>> GetRiskAsync(int id, RiskService risk, CancellationToken ct) =>
        await risk.TripRiskAsync(id, ct) is { } response ? TypedResults.Ok(response) : ApiProblems.TripNotFound(id);
}
