using Microsoft.AspNetCore.Http.HttpResults;
using TravelRisk.Web.Api.OpenApi;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

public static class PeopleEndpoints
{
    public static RouteGroupBuilder MapPeopleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/people")
            .WithTags("People")
            .RequireRateLimiting(ApiRateLimits.Reads)
            .CacheOutput(ApiOutputCache.Facts);
        group.MapGet("/", SearchAsync).WithName("SearchPeople")
            .WithSummary("People of interest whose name contains the search text (case and accents ignored)")
            .ProducesValidationProblem();
        return group;
    }

    /// <param name="search" example="Erdogan">
    /// Any part of a name; "Erdogan" finds "Erdoğan". Empty lists everyone.
    /// </param>
    static async Task<Results<Ok<List<PersonResponse>>, ValidationProblem>> SearchAsync(
        [OpenApiQuery(MaxLength = 200)] string? search,
        RiskAssessments risk,
        CancellationToken ct)
    {
        if (search is { Length: > 200 })
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["search"] = ["The search text is longer than 200 characters."] });

        var facts = await risk.FactsAsync(ct);
        var today = risk.Today;
        return TypedResults.Ok(PersonSearch.Find(facts, search)
            .Select(p =>
                new PersonResponse(
                    p.Leader.Slug,
                    p.Leader.Name,
                    p.Leader.NationalityIso3,
                    [.. p.Warrants.Select(w => WarrantResponse.For(w, today))]))
            .ToList());
    }
}
