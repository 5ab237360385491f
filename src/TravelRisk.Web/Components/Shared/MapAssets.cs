using Microsoft.AspNetCore.Components;
using TravelRisk.Domain.Rules;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Shared;

/// <summary>
/// What js/map.js loads on first use (fingerprinted URLs), and the obligations' names for screen readers.
/// </summary>
public static class MapAssets
{
    public static object For(ResourceAssetCollection assets) => new
    {
        array = assets["lib/d3-array.min.js"].ToString(),
        geo = assets["lib/d3-geo.min.js"].ToString(),
        topojson = assets["lib/topojson-client.min.js"].ToString(),
        world = assets["lib/world-50m.json"].ToString(),
    };

    public static readonly IReadOnlyDictionary<string, string> Names =
        Enum.GetValues<Obligation>().ToDictionary(o => o.ToString(), ObligationText.Label);
}
