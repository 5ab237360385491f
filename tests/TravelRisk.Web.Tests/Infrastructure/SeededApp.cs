namespace TravelRisk.Web.Tests.Infrastructure;

/// <summary>One app seeded from data/, shared by the read-only API tests of a class (xUnit class fixture).</summary>
public sealed class SeededApp : IAsyncLifetime
{
    public TravelRiskApp App { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = App.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
