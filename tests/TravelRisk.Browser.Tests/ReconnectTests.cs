using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;
using TravelRisk.Tests;

namespace TravelRisk.Browser.Tests;

/// <summary>
/// The server is restarted under an open page: the page says it lost the connection, comes back by itself once the
/// server is up again, and works. Its own server (not the shared fixture's), since this test stops it.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ReconnectTests : IAsyncLifetime
{
    readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"travelrisk-reconnect-{Guid.NewGuid():N}.db");
    Factory? _server;
    IPlaywright? _playwright;
    IBrowser? _browser;
    int _port;

    public async Task InitializeAsync()
    {
        _server = Start(0);
        _port = new Uri(_server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First()).Port;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(ChromiumLaunch.Options());
    }

    Factory Start(int port)
    {
        var factory = new Factory(_databaseFile);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        return factory;
    }

    [Fact]
    public async Task ServerRestart_PageShowsTheLostConnection_ComesBackByItself_AndReactsToAClick()
    {
        var page = await _browser!.NewPageAsync(new() { BaseURL = $"http://127.0.0.1:{_port}/" });
        await page.GotoAsync("/trips");
        await page.Locator("[data-interactive=true]")
            .WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        var rows = page.GetByTestId("trips").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(25);

        // Marks this document, so the wait below is for the reloaded one's circuit, not this one's stale marker.
        await page.EvaluateAsync("() => { window.beforeRestart = true; }");
        await _server!.DisposeAsync();
        var dialog = page.Locator("#components-reconnect-modal");
        await Assertions.Expect(dialog).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(dialog).ToContainTextAsync("Connection to the server lost");

        _server = Start(_port);
        // The new server does not know the old circuit: the page reloads itself.
        await page.WaitForRequestAsync(
            r => r.IsNavigationRequest && r.Url.EndsWith("/trips", StringComparison.Ordinal),
            new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync(
            "() => !window.beforeRestart && document.querySelector('[data-interactive=true]') !== null",
            null, new() { Timeout = 30_000 });
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();

        // The new circuit works: choosing an order is handled by the restarted server's circuit (an event handler,
        // not a link, which would work without one).
        await Assertions.Expect(rows).ToHaveCountAsync(25);
        var first = rows.First.Locator("td").First;
        var before = await first.InnerTextAsync();
        await page.GetByLabel("Order").SelectOptionAsync("leader");
        await page.ArrivesAtAsync("/trips?sort=leader");
        await Assertions.Expect(first).Not.ToHaveTextAsync(before);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_databaseFile);
    }

    sealed class Factory(string databaseFile) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:TravelRisk", $"Data Source={databaseFile}");
            builder.UseSetting("Data:Path", RepoPaths.DataFolder);
        }
    }
}
