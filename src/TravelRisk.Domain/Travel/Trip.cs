using TravelRisk.Domain.Common;

namespace TravelRisk.Domain.Travel;

/// <summary>A leader's trip to a host State: planned, reported, cancelled, attended virtually or delegated.</summary>
public sealed class Trip
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>
    /// Natural key, "&lt;leader-slug&gt;-&lt;yyyy&gt;-&lt;mm&gt;-&lt;iso3&gt;" (e.g. "vladimir-putin-2023-10-kgz").
    /// </summary>
    public required string Slug { get; set; }

    /// <summary>The traveller.</summary>
    public int LeaderId { get; set; }

    /// <summary>The main host State (ISO alpha-3).</summary>
    public required string HostIso3 { get; set; }

    /// <summary>The summit, if the trip was for one.</summary>
    public int? SummitId { get; set; }

    /// <summary>First day in the host State (or of the event stayed away from); null when no source gives it.</summary>
    public DateOnly? StartDate { get; set; }

    /// <summary>Last day; never before <see cref="StartDate"/>; null when no source gives it.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>What became of the trip.</summary>
    public TripStatus Status { get; set; }

    /// <summary>Who went instead; required when <see cref="Status"/> is <see cref="TripStatus.Delegated"/>.</summary>
    public int? RepresentativeId { get; set; }

    /// <summary>How sure the record is.</summary>
    public Confidence Confidence { get; set; }

    /// <summary>Transit stops, overflights and further visits.</summary>
    public List<TripLeg> Legs { get; set; } = [];

    /// <summary>The reports the trip rests on; at least one.</summary>
    public List<TripSource> Sources { get; set; } = [];

    /// <summary>Caveats.</summary>
    public string? Notes { get; set; }

    /// <summary>
    /// Research notes for staff (Analysts and above): how a fact was checked, what is still unverified, where to look.
    /// Never published: pages show it to signed-in staff only, and no export, feed or anonymous API response
    /// carries it. <see cref="Notes"/> is the public note.
    /// </summary>
    public string? InternalNotes { get; set; }

    /// <summary>How far the record has been checked (see <see cref="TripReview"/>).</summary>
    public ReviewState Review { get; set; }

    /// <summary>
    /// Why the trip was withdrawn from the record (it did not happen, or was a duplicate); null while it stands.
    /// Trips are never deleted: a retracted trip keeps its page and history but leaves lists, maps and flags.
    /// </summary>
    public string? RetractionReason { get; set; }

    /// <summary>Whether the trip has been withdrawn from the record.</summary>
    public bool IsRetracted => RetractionReason is not null;

    /// <summary>
    /// Revision number, starting at 1 and raised by every change. It is the concurrency token: a save based on an
    /// older revision is refused, so nobody's edit is overwritten silently.
    /// </summary>
    public int Revision { get; set; } = 1;

    /// <summary>Whether the leader was (or would be) physically in the host State.</summary>
    public bool IsPhysicalPresence => Status is TripStatus.Planned or TripStatus.Reported;

    /// <summary>The rules every trip obeys; an empty list means the trip is valid.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (EndDate < StartDate)
            errors.Add(
                new("endDate", $"The end date {EndDate:yyyy-MM-dd} is before the start date {StartDate:yyyy-MM-dd}."));
        if (Status == TripStatus.Delegated && RepresentativeId is null)
            errors.Add(new("representative", "A delegated trip must name the representative who went."));
        if (Status != TripStatus.Delegated && RepresentativeId is not null)
            errors.Add(new("representative", "Only a delegated trip names a representative."));
        if (RepresentativeId is { } representative && representative == LeaderId)
            errors.Add(new("representative", "The representative must be someone other than the leader."));
        if (Sources.Count == 0)
            errors.Add(new("sources", "A trip needs at least one source."));

        for (var i = 0; i < Legs.Count; i++)
        {
            var leg = Legs[i];
            if (leg.StartDate is { } from && leg.EndDate is { } to && to < from)
                errors.Add(new($"legs[{i}].endDate", "A leg cannot end before it starts."));
            if (leg.StartDate is { } legStart
                && StartDate is { } tripStart
                && (legStart < tripStart.AddDays(-1) || legStart > (EndDate ?? tripStart).AddDays(1)))
                errors.Add(
                    new($"legs[{i}].startDate", "A leg must fall within the trip's dates (a day either side for " +
                        "travel)."));
        }

        return errors;
    }
}
