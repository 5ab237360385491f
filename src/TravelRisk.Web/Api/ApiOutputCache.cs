using Microsoft.AspNetCore.OutputCaching;

namespace TravelRisk.Web.Api;

/// <summary>
/// Server-side output caching (the built-in middleware) for reads. "facts" responses depend only on States,
/// situations and warrants, which change when data/ is seeded: kept 10 minutes, evicted when the facts reload.
/// "trips" responses change when anyone edits a trip: evicted by every write on this instance, and kept at most
/// 5 seconds, which bounds how stale another instance sharing the database can be (docs/deploy.md).
/// </summary>
public static class ApiOutputCache
{
    public const string Facts = "facts";
    public const string Trips = "trips";

    public static IServiceCollection AddApiOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(cache =>
        {
            cache.AddPolicy(Facts, policy => policy.Expire(TimeSpan.FromMinutes(10)).Tag(Facts));
            // Keyed by the API key too: a key's read may carry staff notes (TripEndpoints stores none of those, and
            // a keyed read is never answered from an anonymous entry).
            cache.AddPolicy(Trips, policy => policy.Expire(TimeSpan.FromSeconds(5)).Tag(Trips, Facts).SetVaryByHeader(Security.ApiKeyAuthentication.Header));
        });
}
