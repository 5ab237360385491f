using Microsoft.AspNetCore.Diagnostics;

namespace TravelRisk.Web.Api;

/// <summary>
/// Answers an unhandled exception on an /api request with a problem+json body carrying the trace id under which it
/// is logged; pages keep the /Error page. A <see cref="BadHttpRequestException"/> (a body over the limit, a broken
/// request) keeps its 4xx status.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!ApiProblemWriter.IsApi(context))
            return false;

        var status = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        if (status >= 500)
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", context.Request.Method, context.Request.Path);
        else
            logger.LogInformation("Refused {Method} {Path}: {Status} {Message}", context.Request.Method, context.Request.Path, status, exception.Message);

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = status >= 500 ? "An unexpected error occurred" : exception.Message,
                Detail = status >= 500 ? "The error is logged under the traceId below; quote it when reporting the problem." : null,
            },
        });
    }
}
