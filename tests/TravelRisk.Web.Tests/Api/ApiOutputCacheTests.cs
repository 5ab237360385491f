using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Api;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// The app's output-cache policies, in the framework's own middleware, when identical requests arrive together.
/// With request coalescing (the framework's default) the waiting requests are handed the first one's answer
/// unchecked: an empty 200 when that answer was too large to keep or its request was cancelled (found under load:
/// most of 64 concurrent asks for one large page got 200 with no body).
/// </summary>
public class ApiOutputCacheTests
{
    static async Task<WebApplication> AppAsync(string policy, RequestDelegate endpoint)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddApiOutputCache();
        var app = builder.Build();
        app.UseOutputCache();
        app.MapGet("/answer", endpoint).CacheOutput(policy);
        await app.StartAsync();
        return app;
    }

    [Theory]
    [InlineData(ApiOutputCache.Trips)]
    [InlineData(ApiOutputCache.Facts)]
    public async Task IdenticalAsksTogether_ForAnAnswerTooLargeToKeep_EachGetTheWholeAnswer(string policy)
    {
        var body = new string('x', (int)ApiOutputCache.MaximumBodySize + 1);
        await using var app = await AppAsync(policy, async context =>
        {
            await Task.Delay(300);
            await context.Response.WriteAsync(body);
        });
        var client = app.GetTestClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetStringAsync("/answer")));

        answers.Should().AllSatisfy(answer => answer.Length.Should().Be(body.Length));
    }

    [Theory]
    [InlineData(ApiOutputCache.Trips)]
    [InlineData(ApiOutputCache.Facts)]
    public async Task AnAskCancelledWhileAnotherWaits_LeavesTheOtherItsWholeAnswer(string policy)
    {
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        await using var app = await AppAsync(policy, async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                firstStarted.SetResult();
                // The first asker hangs up before anything is written.
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            await context.Response.WriteAsync("the whole answer");
        });
        var client = app.GetTestClient();

        using var hangUp = new CancellationTokenSource();
        var first = client.GetAsync("/answer", hangUp.Token);
        await firstStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = client.GetStringAsync("/answer");
        // Time for the second ask to reach the cache and, were requests coalesced, to queue behind the first.
        await Task.Delay(200);
        await hangUp.CancelAsync();

        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be("the whole answer");
        await FluentActions.Awaiting(() => first).Should().ThrowAsync<OperationCanceledException>();
    }
}
