namespace TravelRisk.Browser.Tests.Infrastructure;

/// <summary>
/// A clock whose date and time stand still, while its timers and stopwatch run as the system's: a live app in a
/// browser still needs its timeouts to fire (FakeTimeProvider's fire only when a test advances it).
/// </summary>
sealed class FrozenClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
