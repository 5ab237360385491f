using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TravelRisk.Web.Api.OpenApi;

/// <summary>
/// Every API read has a strong ETag and answers If-None-Match with 304 and no body:
/// <see cref="ConditionalGetMiddleware"/> for all GETs under /api but the exports, which set their ETag up front
/// themselves (<see cref="ExportEndpoints"/>).
/// Both send Cache-Control and keep the ETag on the 304.
/// </summary>
public sealed class OpenApiConditionalGets : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var description = context.ApiDescription;
        if (!string.Equals(description.HttpMethod, HttpMethods.Get, StringComparison.OrdinalIgnoreCase)
            || description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) != true)
            return;

        operation.AddHeaderParameter("If-None-Match", "The ETag of a copy you hold: 304 with no body while it is " +
            "current.", required: false);
        operation.Responses ??= [];
        if (operation.Responses.TryGetValue("200", out var ok))
        {
            ok.AddHeader("ETag", "A strong entity tag of this answer; send it in If-None-Match to revalidate.");
            ok.AddHeader("Cache-Control", "public, no-cache (private, no-store for an answer with staff notes): keep " +
                "a copy, but revalidate it.");
        }
        var notModified = new OpenApiResponse
        {
            Description = "Not Modified: the copy whose ETag was sent in If-None-Match is current"
        };
        notModified.AddHeader("ETag", "The current entity tag, the one sent.");
        operation.Responses.TryAdd("304", notModified);
    }
}
