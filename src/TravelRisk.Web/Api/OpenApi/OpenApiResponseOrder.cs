using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TravelRisk.Web.Api.OpenApi;

/// <summary>
/// Lists each operation's responses by status code. The endpoints declare some and the other filters add the rest
/// (401, 412, 429…) in the order they run; sorted, a reader finds 2xx first and the committed document's diffs stay
/// small. Registered last.
/// </summary>
public sealed class OpenApiResponseOrder : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is not { Count: > 1 } responses)
            return;
        var sorted = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        responses.Clear();
        foreach (var (status, response) in sorted)
            responses.Add(status, response);
    }
}
