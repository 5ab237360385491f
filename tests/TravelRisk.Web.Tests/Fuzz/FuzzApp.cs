using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Security;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Fuzz;

/// <summary>A seeded app for the fuzz, with rate limits high enough that requests reach the endpoints.</summary>
public sealed class FuzzApp : IAsyncLifetime
{
    public TravelRiskApp App { get; } = new TravelRiskApp()
        .With("RateLimits:ReadsPerMinute", "1000000").With("RateLimits:WritesPerMinute", "1000000");

    public HttpClient Client { get; private set; } = null!;

    public string Key { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Client = App.CreateClient(new() { AllowAutoRedirect = false });
        Key = (await App.Services.GetRequiredService<ApiKeys>().CreateAsync("fuzz", CancellationToken.None))!;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
