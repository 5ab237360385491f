namespace TravelRisk.Web.Security;

/// <summary>
/// How the author of a change is shown. People's e-mail addresses are not published: those who document wanted
/// leaders' travel can be at risk. Readers who are not signed in, and every API response and feed, see "TravelRisk
/// team" instead; an API key's name ("api:newsroom") and the seed import ("data/") are shown as they are.
/// </summary>
public static class ActorNames
{
    public const string Team = "TravelRisk team";

    public static string Public(string actor) => actor.Contains('@', StringComparison.Ordinal) ? Team : actor;
}
