using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

/// <summary>
/// The yardstick of <c>tools/load.sh varied</c>: the stack's own cost for a response of the risk endpoints' size.
/// Each answers a fixed risk/check or risk/map response, built once, serialized on every request through the same
/// middleware and rate limiting, with the same up-front ETag (<see cref="FactsETag"/>), so what the risk endpoints
/// cost beyond it is their own work. Mapped only when
/// <c>LoadTest:BareEndpoints=true</c> (load.sh sets it): production and the OpenAPI document never see them.
/// /api/v1/ping does not fit: its 15-byte body would hide the cost of writing 1.5 KB or 15 KB. Also
/// <c>/api/v1/load/allocated</c>, the process's allocated bytes, for the allocations per request.
/// </summary>
public static class LoadTestEndpoints
{
    public const string Flag = "LoadTest:BareEndpoints";

    public static IEndpointRouteBuilder MapLoadTestEndpoints(
        this IEndpointRouteBuilder app,
        IConfiguration configuration)
    {
        if (!configuration.GetValue(Flag, false))
            return app;

        var bare = app.MapGroup("/api/v1/load/bare")
            .RequireRateLimiting(ApiRateLimits.Reads)
            .WithFactsETag()
            .ExcludeFromDescription();
        // The sample the issue measures: Putin in South Africa on the BRICS summit's first day (1.5 KB; random checks
        // average 1.8 KB, every map 15 KB).
        var day = new DateOnly(2023, 8, 22);
        RiskCheckResponse? check = null;
        List<MapEntryResponse>? map = null;
        bare.MapGet("/check", async (RiskAssessments risk, CancellationToken ct) =>
        {
            if (check is null)
            {
                var facts = await risk.FactsAsync(ct);
                check = RiskAssessments.Check(
                    facts,
                    facts.Leaders["vladimir-putin"],
                    facts.Countries["ZAF"],
                    day,
                    risk.Today);
            }
            return TypedResults.Ok(check);
        });
        bare.MapGet("/map", async (RiskAssessments risk, CancellationToken ct) =>
        {
            if (map is null)
            {
                var facts = await risk.FactsAsync(ct);
                map = RiskAssessments.Map(facts, facts.Leaders["vladimir-putin"], day);
            }
            return TypedResults.Ok(map);
        });
        // Every byte the process has allocated so far: tools/load.sh allocs divides the
        // change over a run by its requests.
        app.MapGet(
            "/api/v1/load/allocated",
            () => TypedResults.Text(
                GC.GetTotalAllocatedBytes(precise: true).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ExcludeFromDescription();
        return app;
    }
}
