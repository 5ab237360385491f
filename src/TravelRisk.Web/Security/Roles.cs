namespace TravelRisk.Web.Security;

/// <summary>
/// The roles, each including what the ones before it may do: Viewer (the default; browsing needs no account),
/// Analyst (create and edit trips, sources, cancellations, summits), Editor (review: verify, restore revisions),
/// Admin (users, API keys).
/// </summary>
public static class Roles
{
    public const string Viewer = "Viewer";
    public const string Analyst = "Analyst";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static readonly string[] All = [Viewer, Analyst, Editor, Admin];

    /// <summary>The roles a user of <paramref name="role"/> holds: theirs and every role below it.</summary>
    public static string[] Including(string role) => All[..(Array.IndexOf(All, role) + 1)];
}
