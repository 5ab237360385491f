using System.Security.Claims;

namespace TravelRisk.Web.Security;

/// <summary>
/// How the author of a change is shown. People's e-mail addresses are not published: those who document wanted
/// leaders' travel can be at risk. Only staff who do the work (Analysts and above) see them; a Viewer's account
/// equals an anonymous reader, and every API response and feed shows "TravelRisk team" instead. An API key's name
/// ("api:newsroom") and the seed import ("data/") are shown as they are.
/// </summary>
public static class ActorNames
{
    public const string Team = "TravelRisk team";

    public static string Public(string actor) => actor.Contains('@', StringComparison.Ordinal) ? Team : actor;

    /// <summary>The actor as <paramref name="reader"/> may see it.</summary>
    public static string For(ClaimsPrincipal reader, string actor) => MaySeeStaff(reader) ? actor : Public(actor);

    public static bool MaySeeStaff(ClaimsPrincipal reader) =>
        reader.Identity?.IsAuthenticated == true && reader.IsInRole(Roles.Analyst);
}
