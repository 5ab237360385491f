using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TravelRisk.Web.Api.OpenApi;

/// <summary>
/// The problems the middleware in front of an endpoint answers, read from the same metadata it acts on, so no
/// endpoint has to repeat them: 429 under a rate-limiting policy (<see cref="ApiRateLimits"/>), 413 and 415 where
/// the endpoint accepts a body (<see cref="ApiRequestLimits"/>).
/// </summary>
public sealed class OpenApiPipelineResponses : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.Metadata();
        if (metadata.OfType<IAcceptsMetadata>().Any(a => a.ContentTypes.Count > 0))
        {
            operation.AddProblem(context, StatusCodes.Status413PayloadTooLarge,
                $"Payload Too Large: the body is over {ApiRequestLimits.MaxBodyBytes / (1024 * 1024)} MiB");
            operation.AddProblem(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type: send " +
                "the body as application/json");
        }
        // The last policy named wins (an endpoint's own over its group's); a disabled one means no limit.
        if (metadata.LastOrDefault(m =>
            m is EnableRateLimitingAttribute or DisableRateLimitingAttribute) is EnableRateLimitingAttribute)
        {
            operation.AddProblem(context, StatusCodes.Status429TooManyRequests, "Too Many Requests: over this " +
                "client's limit per minute")
                .AddHeader("Retry-After", "Seconds to wait before the next request.", JsonSchemaType.Integer);
        }
    }
}
