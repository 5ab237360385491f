using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Contracts;

/// <summary>
/// A trip as the exports give it: the list's fields and assessment, plus its notes, legs and sources, so a researcher
/// has what the flag rests on without a request per trip.
/// </summary>
public sealed record TripExportResponse(
    int Id,
    string Slug,
    string Person,
    string PersonName,
    string State,
    string StateName,
    string? Summit,
    DateOnly? StartDate,
    DateOnly? EndDate,
    TripStatus Status,
    string? Representative,
    Confidence Confidence,
    int Revision,
    ReviewState Review,
    Obligation Obligation,
    ObligationReason Reason,
    IReadOnlyList<string> LegalBasis,
    bool Contested,
    DateOnly? DecidingDay,
    string DecidingState,
    string? Notes,
    IReadOnlyList<LegResponse> Legs,
    IReadOnlyList<SourceResponse> Sources)
{
    public static TripExportResponse From(TripSummaryResponse t, Trip trip) => new(
        Id: t.Id,
        Slug: t.Slug,
        Person: t.Person,
        PersonName: t.PersonName,
        State: t.State,
        StateName: t.StateName,
        Summit: t.Summit,
        StartDate: t.StartDate,
        EndDate: t.EndDate,
        Status: t.Status,
        Representative: t.Representative,
        Confidence: t.Confidence,
        Revision: t.Revision,
        Review: t.Review,
        Obligation: t.Obligation,
        Reason: t.Reason,
        LegalBasis: t.LegalBasis,
        Contested: t.Contested,
        DecidingDay: t.DecidingDay,
        DecidingState: t.DecidingState,
        Notes: trip.Notes,
        Legs: [
            .. trip.Legs.OrderBy(l => l.StartDate)
                .ThenBy(l => l.Id)
                .Select(l => new LegResponse(l.Kind, l.CountryIso3, l.StartDate, l.EndDate, l.Source, l.Notes))],
        Sources: [
            .. trip.Sources.OrderBy(s => s.Id)
                .Select(s => new SourceResponse(s.Url, s.Outlet, s.PublishedOn, s.Quote))]);
}
