using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Seeding;

/// <summary>
/// A fresh database's first start and first login log no error and no warning about the key ring (issue 20: data
/// protection read its keys before the tables existed, "no such table: DataProtectionKeys").
/// </summary>
public class FreshStartTests
{
    sealed class Collector : ILoggerProvider
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose() { }

        sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(
                LogLevel logLevel,
                EventId eventId,
                TState state,
                Exception? exception,
                Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                    entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception?.Message}");
            }
        }
    }

    [Fact]
    public async Task FreshDatabase_FirstStartAndFirstLogin_NoErrorLogged()
    {
        var collector = new Collector();
        await using var app = new TravelRiskApp()
            .WithEmptyDatabase()
            .WithServices(services => services.AddSingleton<ILoggerProvider>(collector));
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await Accounts.CreateAsync(app, "first@example.org", "Correct-Horse-7", "Analyst");

        using var login = await Accounts.PostLoginAsync(client, "first@example.org", "Correct-Horse-7");

        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        Accounts.AuthCookie(login).Should().StartWith("travelrisk.auth=");
        // The one warning left is the documented choice (docs/deploy.md, "Data protection keys at rest").
        collector.Entries
            .Where(e => e.StartsWith("Error", StringComparison.Ordinal)
                || e.Contains("DataProtection", StringComparison.Ordinal))
            .Where(e => !e.Contains("No XML encryptor configured", StringComparison.Ordinal))
            .Should().BeEmpty();
    }
}
