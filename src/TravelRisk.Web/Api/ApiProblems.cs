using Microsoft.AspNetCore.Http.HttpResults;

namespace TravelRisk.Web.Api;

/// <summary>The API's recurring problem responses (RFC 9457 application/problem+json).</summary>
public static class ApiProblems
{
    public static ProblemHttpResult PersonNotFound(string slug) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Person not found",
            detail: $"No person with the slug '{slug}'. Search with GET /api/v1/people?search=...");

    public static ProblemHttpResult StateNotFound(string iso3) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "State not found",
            detail: $"No UN member or observer State with the ISO 3166-1 alpha-3 code '{iso3}'.");

    public static ProblemHttpResult TripNotFound(int id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Trip not found",
            detail: $"No trip with id {id}.");
}
