using System.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace TravelRisk.Web.Api;

/// <summary>
/// Writes every problem under /api as application/problem+json, whatever the request's Accept says. The default
/// writer declines when Accept names only text/html, and <c>IProblemDetailsService.WriteAsync</c> then threw, so a
/// 401 or 429 became a 500 (or the HTML error page). Registered before the default writer, which keeps the pages.
/// </summary>
public sealed class ApiProblemWriter(IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public bool CanWrite(ProblemDetailsContext context) => IsApi(context.HttpContext);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Type ??= $"https://httpstatuses.io/{problem.Status}";
        // Routing itself refuses a body whose Content-Type an endpoint does not accept, without a word.
        if (problem.Status == StatusCodes.Status415UnsupportedMediaType)
            problem.Detail ??= "Send the body as JSON, with Content-Type: application/json.";
        // The id under which the failure is logged, so a report can be matched to the log.
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        return new ValueTask(
            http.Response.WriteAsJsonAsync(
                problem,
                problem.GetType(),
                json.Value.SerializerOptions,
                ContentType,
                http.RequestAborted));
    }
}
