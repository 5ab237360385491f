using Microsoft.Playwright;

namespace TravelRisk.Browser.Tests.Infrastructure;

/// <summary>
/// How every test and measurement starts Chromium: Debian's build, headless, with nothing phoning home.
/// </summary>
public static class ChromiumLaunch
{
    // Debian's Chromium, installed by tests/install-browser.sh; Playwright's own browser download needs the internet.
    public static BrowserTypeLaunchOptions Options() => new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
        Headless = true,
        Args =
        [
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync"
        ],
    };
}
