using Microsoft.Playwright;

namespace TravelRisk.Browser.Tests.Infrastructure;

/// <summary>
/// Every page of the app with what shows it is ready, and the views a reader has: light and dark (the OS
/// preference, which the app follows) at desktop width, and a 390 px phone.
/// </summary>
public static class PageViews
{
    public static readonly (string Path, string Ready, string? Role)[] Pages =
    [
        ("/timeline?leaders=vladimir-putin&from=2023-01-01&to=2024-12-31",
            "[data-testid=timeline] [data-trip-id]", null),
        ("/map?person=vladimir-putin&date=2024-09-03", "[data-iso3=ZAF]", null),
        ("/map?person=vladimir-putin&date=2024-09-03&state=MNG", "[data-testid=map-panel] [data-testid=verdict]", null),
        ("/check?person=vladimir-putin&state=MNG&date=2024-09-03", "[data-testid=verdict]", null),
        ("/check", "[data-testid=check-prompt]", null),
        ("/trips", "[data-testid=trips] tbody tr", null),
        ("/trips/by-slug/vladimir-putin-2023-08-zaf", "[data-testid=trip-map] [data-iso3]", null),
        ("/changes", "[data-testid=recent-changes]", null),
        ("/leaders", "tbody tr", null),
        ("/leaders/vladimir-putin", "canvas", null),
        ("/states", "tbody tr", null),
        ("/states/MNG", ".statute-strip", null),
        ("/account/login", "form", null),
        ("/not-found", "h1", null),
        ("/trips/new", "[data-testid=save]", "Analyst"),
        ("/trips/by-slug/vladimir-putin-2024-09-mng/edit", "[data-testid=save]", "Analyst"),
        ("/trips/by-slug/vladimir-putin-2024-09-mng/cancel", "[data-testid=save]", "Analyst"),
        ("/trips/by-slug/vladimir-putin-2024-09-mng/sources/new", "[data-testid=save]", "Analyst"),
        ("/summits/new", "[data-testid=save]", "Analyst"),
        ("/admin/users", "[data-testid=accounts] tbody tr", "Admin"),
        ("/admin/api-keys", "[data-testid=api-keys]", "Admin"),
    ];

    public static readonly (string Name, int Width, ColorScheme Scheme)[] Views =
        [("light", 1280, ColorScheme.Light), ("dark", 1280, ColorScheme.Dark), ("phone", 390, ColorScheme.Light)];

    public static IEnumerable<object[]> All() =>
        from view in Views from page in Pages select new object[] { view.Name, page.Path };

    public static (string Path, string Ready, string? Role) Page(string path) => Pages.Single(p => p.Path == path);

    public static (string Name, int Width, ColorScheme Scheme) View(string name) => Views.Single(v => v.Name == name);
}
