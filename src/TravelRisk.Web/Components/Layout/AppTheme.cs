using MudBlazor;

namespace TravelRisk.Web.Components.Layout;

/// <summary>
/// The light and dark palettes. Every text colour is at least 4.5:1 against the surfaces it is drawn on (WCAG 2.2
/// AA, checked by axe-core in the browser tests); system fonts, so no web font is downloaded.
/// </summary>
public static class AppTheme
{
    static readonly string[] Fonts =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme LightScoped = Build(":root:not([data-theme=dark])");

    public static readonly MudTheme DarkScoped = Build(":root[data-theme=dark]");

    static MudTheme Build(string scope) => new()
    {
        PseudoCss = new PseudoCss { Scope = scope },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts } },
        PaletteLight = new PaletteLight
        {
            Primary = "#1553a8",
            AppbarBackground = "#1553a8",
            AppbarText = "#ffffff",
            Secondary = "#6a1b9a",
            Info = "#0b5cad",
            Success = "#2e7d32",
            Warning = "#a14a00",
            Error = "#c62828",
            TextPrimary = "rgba(0,0,0,0.87)",
            TextSecondary = "#5b6068",
            ActionDefault = "#5b6068",
            DrawerText = "rgba(0,0,0,0.87)",
            DrawerIcon = "#4a4f57",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab8f0",
            PrimaryContrastText = "#0b1b2b",
            Secondary = "#ce93d8",
            Info = "#90caf9",
            InfoContrastText = "#0b1b2b",
            Success = "#81c784",
            SuccessContrastText = "#0b1b0b",
            Warning = "#ffb74d",
            WarningContrastText = "#1b1200",
            Error = "#ff8a80",
            ErrorContrastText = "#2b0b0b",
            Background = "#15171c",
            Surface = "#1e2128",
            AppbarBackground = "#1e2128",
            AppbarText = "#e8eaed",
            DrawerBackground = "#1a1d23",
            DrawerText = "#e8eaed",
            DrawerIcon = "#c4c7cc",
            TextPrimary = "#e8eaed",
            TextSecondary = "#b3b8bf",
            ActionDefault = "#c4c7cc",
            LinesDefault = "rgba(255,255,255,0.2)",
            TableLines = "rgba(255,255,255,0.14)",
            Divider = "rgba(255,255,255,0.14)",
        },
    };
}
