using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Security;

namespace TravelRisk.Web.Tests.Infrastructure;

/// <summary>A fresh seeded app per test class that writes, with an API key named "test".</summary>
public sealed class WriterApp : IAsyncLifetime
{
    public TravelRiskApp App { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public string Key { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Client = App.CreateClient();
        Key = (await App.Services.GetRequiredService<ApiKeys>().CreateAsync("test", CancellationToken.None))!;
    }

    public HttpRequestMessage Request(
        HttpMethod method,
        string url,
        object? body = null,
        string? key = null,
        string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
            request.Content = JsonContent.Create(body, options: HttpAssertions.Json);
        if ((key ?? Key) is { Length: > 0 } apiKey)
            request.Headers.Add("X-Api-Key", apiKey);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    public Task<int> CountAsync<T>() where T : class => App.QueryAsync(db => db.Set<T>().CountAsync());

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
