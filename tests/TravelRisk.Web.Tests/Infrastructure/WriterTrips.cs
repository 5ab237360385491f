using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Tests.Infrastructure;

/// <summary>Trips written through the one write path, and their revisions, for the writer's tests.</summary>
public static class WriterTrips
{
    public static SourceRequest Source(string outlet, string url) =>
        new(url, outlet, new DateOnly(2026, 11, 20), "He is expected.");

    /// <summary>
    /// A planned visit of Vladimir Putin to Mongolia on <paramref name="start"/>, saved by <paramref name="actor"/>.
    /// </summary>
    public static async Task<Trip> CreatePlannedTripAsync(
        this WriterApp writer,
        string actor,
        string start = "2026-12-01",
        params SourceRequest[] sources)
    {
        var day = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var request = new TripRequest(
            Leader: "vladimir-putin",
            Host: "MNG",
            Summit: null,
            StartDate: day,
            EndDate: day,
            Status: TripStatus.Planned,
            Representative: null,
            Confidence: Confidence.Medium,
            Notes: null,
            Legs: [],
            Sources: sources.Length > 0 ? sources : [Source("Example News", "https://example.org/a")]);
        var result = await writer.App.Services.GetRequiredService<TripWriter>()
            .CreateAsync(request, actor, CancellationToken.None);
        result.Outcome.Should().Be(
            TripWriteOutcome.Saved,
            string.Join("; ", result.Errors?.Select(e => $"{e.Field}: {e.Message}") ?? []));
        return result.Trip!;
    }

    public static Task<List<TripRevision>> RevisionsAsync(this WriterApp writer, int id) =>
        writer.App.QueryAsync(db => db.TripRevisions
            .AsNoTracking()
            .Where(r => r.TripId == id)
            .OrderBy(r => r.Number)
            .ToListAsync());
}
