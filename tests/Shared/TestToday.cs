namespace TravelRisk.Tests;

/// <summary>
/// The "today" the tests run the app on, so what the pages call upcoming, planned or past, and where the timeline
/// draws today, is the same on every day the tests run.
/// </summary>
public static class TestToday
{
    public static readonly DateTimeOffset Instant = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
}
