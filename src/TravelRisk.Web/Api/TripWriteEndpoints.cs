using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using TravelRisk.Web.Api.OpenApi;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Security;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

/// <summary>
/// The trip writes of <c>/api/v1/trips</c>: create, replace, cancel and add a source, each through
/// <see cref="TripWriter"/> (one transaction with its revision), with an API key and If-Match against lost updates.
/// </summary>
public static class TripWriteEndpoints
{
    public static void MapTripWrites(this RouteGroupBuilder trips)
    {
        var writes = trips.MapGroup("")
            .RequireAuthorization(ApiAuthorization.Writer)
            .RequireRateLimiting(ApiRateLimits.Writes);
        writes.MapPost("/", CreateAsync).WithName("CreateTrip")
            .WithSummary("Record a trip (X-Api-Key required)").Accepts<TripRequest>("application/json")
            .Produces<TripResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithTripRevision(IfMatchUse.NotRead);
        writes.MapPut("/{id:int}", ReplaceAsync).WithName("ReplaceTrip")
            .WithSummary("Replace a trip; If-Match with the ETag you read is required (stale: 412, missing: 428)")
            .Accepts<TripRequest>("application/json")
            .Produces<TripResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTripRevision(IfMatchUse.Required);
        writes.MapPost("/{id:int}/cancellation", CancelAsync).WithName("CancelTrip")
            .WithSummary("Record that a trip was cancelled, attended virtually, or delegated to a representative")
            .Accepts<CancellationRequest>("application/json")
            .Produces<TripResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTripRevision(IfMatchUse.Optional);
        writes.MapPost("/{id:int}/sources", AddSourceAsync).WithName("AddTripSource")
            .WithSummary("Add a source to a trip").Accepts<SourceRequest>("application/json")
            .Produces<TripResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTripRevision(IfMatchUse.Optional);
    }

    static async Task<IResult> CreateAsync(
        HttpContext context,
        TripWriter writer,
        TripRecords trips,
        IOptions<JsonOptions> json,
        CancellationToken ct)
    {
        var (request, bodyErrors) =
            await JsonBody.ReadAsync<TripRequest>(context.Request, json.Value.SerializerOptions);
        if (request is null)
            return TypedResults.ValidationProblem(bodyErrors!, title: "Invalid trip");

        var result = await writer.CreateAsync(request, Actor(context), ct);
        return await RespondAsync(result, context, trips, created: true, ct);
    }

    static async Task<IResult> ReplaceAsync(
        int id,
        HttpContext context,
        TripWriter writer,
        TripRecords trips,
        IOptions<JsonOptions> json,
        CancellationToken ct)
    {
        var precondition = TripIfMatch.Read(context.Request, id, required: true);
        if (precondition is not { Revision: { } expected })
            return precondition.Problem!;

        var (request, bodyErrors) =
            await JsonBody.ReadAsync<TripRequest>(context.Request, json.Value.SerializerOptions);
        if (request is null)
            return TypedResults.ValidationProblem(bodyErrors!, title: "Invalid trip");

        var result = await writer.ReplaceAsync(id, expected, request, Actor(context), ct);
        return await RespondAsync(result, context, trips, created: false, ct, id);
    }

    static async Task<IResult> CancelAsync(
        int id,
        HttpContext context,
        TripWriter writer,
        TripRecords trips,
        IOptions<JsonOptions> json,
        CancellationToken ct)
    {
        var (request, bodyErrors) =
            await JsonBody.ReadAsync<CancellationRequest>(context.Request, json.Value.SerializerOptions);
        if (request is null)
            return TypedResults.ValidationProblem(bodyErrors!, title: "Invalid cancellation");
        var precondition = TripIfMatch.Read(context.Request, id, required: false);
        if (precondition.Problem is { } problem)
            return problem;

        var result = await writer.CancelAsync(id, precondition.Revision, request, Actor(context), ct);
        return await RespondAsync(result, context, trips, created: false, ct, id);
    }

    static async Task<IResult> AddSourceAsync(
        int id,
        HttpContext context,
        TripWriter writer,
        TripRecords trips,
        IOptions<JsonOptions> json,
        CancellationToken ct)
    {
        var (request, bodyErrors) =
            await JsonBody.ReadAsync<SourceRequest>(context.Request, json.Value.SerializerOptions);
        if (request is null)
            return TypedResults.ValidationProblem(bodyErrors!, title: "Invalid source");
        var precondition = TripIfMatch.Read(context.Request, id, required: false);
        if (precondition.Problem is { } problem)
            return problem;

        var result = await writer.AddSourceAsync(id, precondition.Revision, request, Actor(context), ct);
        return await RespondAsync(result, context, trips, created: false, ct, id);
    }

    static async Task<IResult> RespondAsync(
        TripWriteResult result,
        HttpContext context,
        TripRecords trips,
        bool created,
        CancellationToken ct,
        int? id = null)
    {
        switch (result.Outcome)
        {
            case TripWriteOutcome.Invalid:
                var errors = Domain.Common.FieldError.ByField(result.Errors!);
                return TypedResults.ValidationProblem(errors, title: "The trip was not saved: some fields are invalid");
            case TripWriteOutcome.NotFound:
                return ApiProblems.TripNotFound(id ?? 0);
            case TripWriteOutcome.Conflict:
                var newer = result.Conflicting;
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status412PreconditionFailed,
                    title: "The trip was changed by someone else",
                    detail: newer is null
                        ? "The trip has a newer revision. GET it again, re-apply your change and send the new ETag."
                        : $"Revision {newer.Number} by {ActorNames.Public(newer.Actor)} at " +
                            $"{newer.ChangedAtUtc:yyyy-MM-dd HH:mm} UTC ({newer.Summary}) changed: "
                          + string.Join("; ", newer.Changes.Select(c => $"{c.Field}: '{c.Old}' → '{c.New}'"))
                          + ". GET the trip again, re-apply your change and send the new ETag.");
        }

        // The writer holds an API key: it gets back what it wrote, staff notes included (writes are never cached).
        var trip = TripEndpoints.Published((await trips.GetAsync(result.Trip!.Id, withInternalNotes: true, ct))!);
        context.Response.Headers.ETag = await trips.ETagAsync(trip.Id, trip.Revision, ct);
        return created ? TypedResults.Created($"/api/v1/trips/{trip.Id}", trip) : TypedResults.Ok(trip);
    }

    static string Actor(HttpContext context) => context.User.Identity?.Name ?? "api:unknown";
}
