using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using TravelRisk.Tests;

namespace TravelRisk.Browser.Tests.Infrastructure;

/// <summary>
/// The app on a real Kestrel port over its own SQLite file seeded from data/, on the frozen <see cref="TestToday"/>,
/// and Debian's Chromium driven by Playwright. One per test class (xUnit class fixture): starting Chromium is the slow
/// part.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"travelrisk-browser-{Guid.NewGuid():N}.db");
    readonly Factory _factory;
    IPlaywright? _playwright;

    public BrowserApp() => _factory = new Factory(_databaseFile);

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The app's services, for tests that prepare data directly.</summary>
    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(ChromiumLaunch.Options());
    }

    /// <summary>A fresh page at <paramref name="path"/>, with the Blazor circuit connected.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1280)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = 900 }
        });
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Add($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
                console.Add($"HTTP {response.Status}: {response.Url}");
        };
        await page.GotoAsync(path);
        try
        {
            // The layout renders data-interactive="true" only once the circuit is up (it is "false" when prerendered).
            await page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 15_000 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(
                $"The Blazor circuit did not start. Browser console:\n{string.Join('\n', console)}",
                e);
        }
        return page;
    }

    /// <summary>Creates an account with <paramref name="role"/> (and the roles below it).</summary>
    public async Task CreateAccountAsync(string email, string password, string role)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider
            .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<TravelRisk.Web.Data.TravelRiskUser>>();
        if (await users.FindByEmailAsync(email) is null)
            await scope.ServiceProvider.GetRequiredService<TravelRisk.Web.Security.AccountAdmin>()
                .CreateAsync(email, password, role);
    }

    /// <summary>
    /// A page in a browser context of its own (its own cookies), signed in through the login form as a new
    /// account with <paramref name="role"/>, then at <paramref name="path"/> with the circuit connected.
    /// </summary>
    public async Task<IPage> SignedInAsync(string email, string role, string path)
    {
        const string password = "Correct-Horse-7";
        await CreateAccountAsync(email, password, role);
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = 1280, Height = 900 }
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/account/login?returnUrl={Uri.EscapeDataString(path)}");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ArrivesAtAsync(path);
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 15_000 });
        return page;
    }

    /// <summary>
    /// A page at <paramref name="path"/> in a browser context of its own with the given width and OS colour
    /// preference, signed in as a new account with <paramref name="role"/> if one is given; the circuit connected
    /// (except on the static sign-in page).
    /// </summary>
    public async Task<IPage> OpenInViewAsync(string path, string? role, int width, ColorScheme scheme)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = 900 },
            ColorScheme = scheme
        });
        var page = await context.NewPageAsync();
        if (role is not null)
        {
            const string password = "Correct-Horse-7";
            var email = $"{role.ToLowerInvariant()}.view@example.org";
            await CreateAccountAsync(email, password, role);
            await page.GotoAsync("/account/login");
            await page.GetByLabel("E-mail").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.LeavesAsync("/account/login");
        }
        await page.GotoAsync(path);
        if (!path.StartsWith("/account/", StringComparison.Ordinal))
            await page.Locator("[data-interactive=true]")
                .WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        return page;
    }

    /// <summary>Turns "/trips/by-slug/{slug}" into the trip's page, whose id the seeding chose.</summary>
    public async Task<string> ResolveAsync(string path)
    {
        const string prefix = "/trips/by-slug/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
            return path;
        var slug = path[prefix.Length..].Split('/')[0];
        var rest = path[(prefix.Length + slug.Length)..];
        await using var db = await _factory.Services
            .GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TravelRisk.Web.Data.TravelRiskDb>>()
            .CreateDbContextAsync();
        var id = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            System.Linq.Queryable.Select(System.Linq.Queryable.Where(db.Trips, t => t.Slug == slug), t => t.Id));
        return $"/trips/{await id}{rest}";
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_databaseFile);
    }

    sealed class Factory(string databaseFile) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // serves static web assets (MudBlazor, blazor.web.js) from their build-time locations
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:TravelRisk", $"Data Source={databaseFile}");
            builder.UseSetting("Data:Path", RepoPaths.DataFolder);
            // A fixed "today", so what the pages call upcoming or past, and the timeline's today, never drift.
            builder.ConfigureServices(services =>
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FrozenClock(TestToday.Instant))));
        }
    }
}
