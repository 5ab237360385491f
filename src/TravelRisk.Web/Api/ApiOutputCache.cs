using Microsoft.AspNetCore.OutputCaching;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

/// <summary>
/// Server-side output caching (the built-in middleware) for reads. "facts" responses depend only on States,
/// situations and warrants, which change when data/ is seeded: kept 10 minutes, evicted when the facts reload.
/// "trips" responses change when anyone edits a trip: evicted by every write on this instance, and kept at most
/// 5 seconds, which bounds how stale another instance sharing the database can be (docs/deploy.md).
/// Risk checks and maps are not cached here (person × State × day has no bound; see RiskEndpoints). What is cached
/// is held to <see cref="SizeLimit"/> in all, and no single answer above <see cref="MaximumBodySize"/>: past that,
/// the least used entries go, so memory stays bounded whatever clients ask (docs/performance.md, issue 13).
/// Requests are never coalesced (no locking): the framework hands requests waiting on an identical one its answer
/// without checking that it was complete, so when that one is cancelled, or its body is above the size limit, they get
/// an empty 200 (dotnet/aspnetcore#56427; fixed by #68683, merged in August 2026, not in the 10.0 runtime
/// here; ApiOutputCacheTests reproduces both cases).
/// A miss is computed by each request that asks at once instead, which costs a few ms at worst.
/// </summary>
public static class ApiOutputCache
{
    /// <summary>Policy names; each policy tags its entries with the same name (<see cref="CacheTags"/>).</summary>
    public const string Facts = CacheTags.Facts;
    public const string Trips = CacheTags.Trips;

    /// <summary>
    /// 32 MiB: every facts list for hundreds of days, or thousands of trip pages, and far below the 300 MB budget.
    /// </summary>
    public const long SizeLimit = 32 * 1024 * 1024;

    /// <summary>
    /// 1 MiB: a page of 100 trips with their risk is a few hundred KB; larger answers are not worth holding.
    /// </summary>
    public const long MaximumBodySize = 1024 * 1024;

    public static IServiceCollection AddApiOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = SizeLimit;
            cache.MaximumBodySize = MaximumBodySize;
            cache.AddPolicy(Facts, policy => policy.Expire(TimeSpan.FromMinutes(10)).Tag(Facts).SetLocking(false));
            // Keyed by the API key too: a key's read may carry staff notes (TripEndpoints stores none of those, and
            // a keyed read is never answered from an anonymous entry).
            cache.AddPolicy(
                Trips,
                policy =>
                    policy.Expire(TimeSpan.FromSeconds(5))
                        .Tag(Trips, Facts)
                        .SetVaryByHeader(Security.ApiKeyAuthentication.Header)
                        .SetLocking(false));
        });
}
