using Microsoft.AspNetCore.Diagnostics;

namespace TravelRisk.Web.Api;

/// <summary>Answers an unhandled exception on an /api request with a problem+json body; pages keep the /Error page.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
            return false;

        logger.LogError(exception, "Unhandled exception on {Path}", context.Request.Path);
        context.Response.StatusCode = exception switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            Data.WriteConflictException => StatusCodes.Status409Conflict, // concurrent writes kept clashing; nothing written
            _ => StatusCodes.Status500InternalServerError,
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = context.Response.StatusCode, Title = context.Response.StatusCode == 500 ? "An unexpected error occurred" : exception.Message },
        });
    }
}
