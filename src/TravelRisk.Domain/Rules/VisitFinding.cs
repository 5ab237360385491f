using TravelRisk.Domain.Cases;

namespace TravelRisk.Domain.Rules;

/// <summary>
/// A finding of the Court about a visit, with where and when the visit was, so a day's explanation can cite it.
/// </summary>
/// <param name="Finding">The finding (Art. 87(7) or a decision not to make one).</param>
/// <param name="HostIso3">The State visited.</param>
/// <param name="From">The visit's first day, when known.</param>
/// <param name="To">The visit's last day, when known.</param>
public sealed record VisitFinding(Finding Finding, string HostIso3, DateOnly? From, DateOnly? To)
{
    /// <summary>Whether the visit took place in <paramref name="iso3"/> and included <paramref name="day"/>.</summary>
    public bool Covers(string iso3, DateOnly day) =>
        HostIso3 == iso3 && (From ?? To) is { } from && (To ?? From) is { } to && from <= day && day <= to;
}
