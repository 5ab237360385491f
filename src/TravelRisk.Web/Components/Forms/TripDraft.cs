using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;

namespace TravelRisk.Web.Components.Forms;

/// <summary>
/// What an analyst has typed into the trip form, kept as typed (nothing is dropped when the writer refuses it)
/// and turned into the same <see cref="TripRequest"/> the REST API takes, so both go through one set of rules.
/// </summary>
public sealed class TripDraft
{
    public string? Leader { get; set; }
    public string? Host { get; set; }
    public string? Summit { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public TripStatus Status { get; set; } = TripStatus.Reported;
    public string? Representative { get; set; }
    public Confidence Confidence { get; set; } = Confidence.Medium;
    public string? Notes { get; set; }
    public string? InternalNotes { get; set; }
    public List<LegDraft> Legs { get; set; } = [];
    public List<SourceDraft> Sources { get; set; } = [new()];

    public TripRequest ToRequest() => new(
        Leader: Leader,
        Host: Host,
        Summit: Summit,
        StartDate: StartDate,
        EndDate: EndDate,
        Status: Status,
        Representative: Status == TripStatus.Delegated ? Representative : null,
        Confidence: Confidence,
        Notes: Notes,
        Legs: [.. Legs.Select(l =>
            new LegRequest(l.Kind, l.Country, l.StartDate, l.EndDate, l.Source, l.Notes, l.InternalNotes))],
        Sources: [.. Sources.Select(s => s.ToRequest())],
        InternalNotes: InternalNotes);

    public static TripDraft From(TripResponse trip) => new()
    {
        Leader = trip.Person,
        Host = trip.State,
        Summit = trip.Summit,
        StartDate = trip.StartDate,
        EndDate = trip.EndDate,
        Status = trip.Status,
        Representative = trip.Representative,
        Confidence = trip.Confidence,
        Notes = trip.Notes,
        InternalNotes = trip.InternalNotes,
        Legs = [.. trip.Legs.Select(l => new LegDraft
        {
            Kind = l.Kind,
            Country = l.Country,
            StartDate = l.StartDate,
            EndDate = l.EndDate,
            Source = l.Source,
            Notes = l.Notes,
            InternalNotes = l.InternalNotes,
        })],
        Sources = [.. trip.Sources.Select(s =>
            new SourceDraft { Url = s.Url, Outlet = s.Outlet, PublishedOn = s.PublishedOn, Quote = s.Quote })],
    };
}

/// <summary>A further country on the trip, as typed.</summary>
public sealed class LegDraft
{
    public LegKind Kind { get; set; } = LegKind.Transit;
    public string? Country { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Source { get; set; }
    public string? Notes { get; set; }
    public string? InternalNotes { get; set; }
}

/// <summary>A report, as typed.</summary>
public sealed class SourceDraft
{
    public string? Url { get; set; }
    public string? Outlet { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? Quote { get; set; }

    public SourceRequest ToRequest() => new(Url, Outlet, PublishedOn, Quote);

    /// <summary>Whether anything has been typed.</summary>
    public bool HasInput => !string.IsNullOrWhiteSpace(Url) || !string.IsNullOrWhiteSpace(Outlet)
        || PublishedOn is not null || !string.IsNullOrWhiteSpace(Quote);
}
