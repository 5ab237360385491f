namespace TravelRisk.Web.Components.Layout;

/// <summary>
/// The reader's explicit theme, kept in the "theme" cookie by js/page-init.js; absent means "follow the OS". The
/// server reads it to render the right theme into the page; a reader without it gets the OS preference from the script.
/// </summary>
public static class ThemeCookie
{
    public const string Name = "theme";

    public static string? Choice(HttpContext? context) => context?.Request.Cookies[Name] switch
    {
        "light" => "light",
        "dark" => "dark",
        _ => null,
    };
}
