using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;

namespace TravelRisk.Web.Tests.Infrastructure;

/// <summary>Trips tests write through TripWriter: valid, sourced, and after the seed's last trip.</summary>
public static class TripRequests
{
    /// <summary>Putin expected in Kazakhstan (not a State Party) on 20–21 December 2026, with one report.</summary>
    public static TripRequest PlannedKazakhstanVisit(
        string notes,
        IReadOnlyList<LegRequest>? legs = null,
        string? internalNotes = null) => new(
        Leader: "vladimir-putin",
        Host: "KAZ",
        Summit: null,
        StartDate: new DateOnly(2026, 12, 20),
        EndDate: new DateOnly(2026, 12, 21),
        Status: TripStatus.Planned,
        Representative: null,
        Confidence: Confidence.Medium,
        Notes: notes,
        Legs: legs ?? [],
        Sources:
        [
            new SourceRequest("https://example.org/a", "Example News", new DateOnly(2026, 11, 20), "He is expected.")
        ],
        InternalNotes: internalNotes);
}
