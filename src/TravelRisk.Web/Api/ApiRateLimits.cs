using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace TravelRisk.Web.Api;

/// <summary>
/// Built-in rate limiting: reads per client address, writes per API key. Limits come from <c>RateLimits:*</c>
/// (per minute). Each instance counts on its own (docs/deploy.md); 429 answers carry Retry-After and a problem body.
/// </summary>
public static class ApiRateLimits
{
    public const string Reads = "reads";
    public const string Writes = "writes";

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var readsPerMinute = configuration.GetValue("RateLimits:ReadsPerMinute", 600);
        var writesPerMinute = configuration.GetValue("RateLimits:WritesPerMinute", 60);
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Reads, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => Window(readsPerMinute)));
            limiter.AddPolicy(Writes, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => Window(writesPerMinute)));
            limiter.OnRejected = async (rejected, ct) =>
            {
                var response = rejected.HttpContext.Response;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? wait
                    : TimeSpan.FromMinutes(1);
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    .ToString(CultureInfo.InvariantCulture);
                await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(
                    new ProblemDetailsContext
                    {
                        HttpContext = rejected.HttpContext,
                        ProblemDetails =
                        {
                            Status = 429,
                            Title = "Too many requests",
                            Detail = $"Try again in {response.Headers.RetryAfter} seconds."
                        },
                    });
            };
        });
    }

    static FixedWindowRateLimiterOptions Window(int perMinute) => new()
    {
        PermitLimit = Math.Max(1, perMinute),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}
