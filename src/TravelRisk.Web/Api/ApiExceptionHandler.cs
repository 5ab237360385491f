namespace TravelRisk.Web.Api;

/// <summary>
/// Answers an unhandled exception on an /api request with a problem+json body carrying the trace id under which it
/// is logged; pages keep the /Error page. A <see cref="BadHttpRequestException"/> (a body over the limit, a broken
/// request) keeps its 4xx status. A middleware inside the /api branch rather than an <c>IExceptionHandler</c>: as
/// one, it never ran (UseExceptionHandler("/Error") answered every API 500 with the HTML error page).
/// </summary>
public sealed class ApiExceptionHandler(
    RequestDelegate next,
    IProblemDetailsService problems,
    ILogger<ApiExceptionHandler> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted
            && !(exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested))
        {
            var status = exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                // concurrent writes kept clashing; nothing written
                WriteConflictException => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status500InternalServerError,
            };
            if (status >= 500)
                logger.LogError(
                    exception,
                    "Unhandled exception on {Method} {Path}",
                    context.Request.Method,
                    context.Request.Path);
            else
                logger.LogInformation(
                    "Refused {Method} {Path}: {Status} {Message}",
                    context.Request.Method,
                    context.Request.Path,
                    status,
                    exception.Message);

            context.Response.Clear();
            context.Response.StatusCode = status;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                Exception = exception,
                ProblemDetails =
                {
                    Status = status,
                    Title = status >= 500 ? "An unexpected error occurred" : exception.Message,
                    Detail = status >= 500
                        ? "The error is logged under the traceId below; quote it when reporting the problem."
                        : null,
                },
            });
        }
    }
}
