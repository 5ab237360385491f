using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TravelRisk.Web.Api.OpenApi;

/// <summary>How a trip write treats If-Match (<see cref="TripIfMatch"/>).</summary>
public enum IfMatchUse
{
    /// <summary>Not read (a new trip has no revision yet).</summary>
    NotRead,

    /// <summary>Checked when sent: a stale revision is 412.</summary>
    Optional,

    /// <summary>Must be sent: missing or <c>*</c> is 428, stale is 412.</summary>
    Required,
}

/// <summary>
/// Endpoint metadata of a trip write: it answers with the trip and its ETag, and reads If-Match as said.
/// </summary>
public sealed record TripRevisionWrite(IfMatchUse IfMatch);

public static class TripRevisionWriteExtensions
{
    public static RouteHandlerBuilder WithTripRevision(this RouteHandlerBuilder builder, IfMatchUse ifMatch) =>
        builder.WithMetadata(new TripRevisionWrite(ifMatch));
}

/// <summary>
/// Documents <see cref="TripRevisionWrite"/>: the If-Match header, its 412 and 428, and the ETag of the answer.
/// </summary>
public sealed class OpenApiTripRevision : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.Metadata().OfType<TripRevisionWrite>().LastOrDefault() is not { } write)
            return;

        foreach (var (_, response) in (operation.Responses ?? []).Where(r => r.Key.StartsWith('2')))
            response.AddHeader("ETag", "The trip's new entity tag (\"trip-{id}-r{revision}-d{seedRun}\"): send it in " +
                "If-Match with the next change.");
        if (write.IfMatch == IfMatchUse.NotRead)
            return;

        var required = write.IfMatch == IfMatchUse.Required;
        operation.AddHeaderParameter("If-Match",
            "The ETag of the trip as you read it (GET /api/v1/trips/{id}), so a newer change is never overwritten. "
            + (required
                ? "Required: missing or * is 428."
                : "Optional: without it the change applies to the latest revision.")
            + " Another trip's or an older revision's ETag is 412; a header that is not an entity tag is 400.",
            required);
        operation.AddProblem(context, StatusCodes.Status412PreconditionFailed, "Precondition Failed: If-Match names " +
            "no current revision of this trip");
        if (required)
            operation.AddProblem(
                context,
                StatusCodes.Status428PreconditionRequired,
                "Precondition Required: send If-Match");
    }
}
