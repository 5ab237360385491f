namespace TravelRisk.Web.Services;

/// <summary>
/// Tags of the server's output cache (Api/ApiOutputCache) that writers evict: what changes with the facts (States,
/// situations, warrants) and what changes with any trip. Kept here so writers need not know the API.
/// </summary>
public static class CacheTags
{
    public const string Facts = "facts";
    public const string Trips = "trips";
}
