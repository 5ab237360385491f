using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

/// <summary>
/// Endpoint metadata: the response is a function of the facts snapshot, today and the request's path and query
/// alone, so its strong ETag is known before the endpoint runs: the seeding run, today and a hash of path and
/// query. <see cref="ConditionalGetMiddleware"/> then answers 304 without computing anything, and streams a 200
/// without buffering and hashing its body (issue 13: hashing every random risk answer cost a fifth of its time).
/// Two instances on one database give the same ETag, as the body hash did.
/// </summary>
public sealed class FactsETag
{
    public static readonly FactsETag Instance = new();

    FactsETag() { }

    public static async ValueTask<string> ForAsync(HttpContext context)
    {
        var risk = context.RequestServices.GetRequiredService<RiskAssessments>();
        var facts = await risk.FactsAsync(context.RequestAborted);
        var request = context.Request;
        var target = string.Concat(request.Path.Value, request.QueryString.Value);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(target), hash);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"\"f{facts.SeedRun}-{risk.Today:yyyyMMdd}-{Convert.ToHexStringLower(hash[..12])}\"");
    }
}

public static class FactsETagExtensions
{
    /// <summary>
    /// Marks the endpoints' answers as depending only on the facts, today, path and query (<see cref="FactsETag"/>).
    /// </summary>
    public static TBuilder WithFactsETag<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(FactsETag.Instance);
}
