using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;

namespace TravelRisk.Web.Services;

/// <summary>
/// Each trip's whole assessment, worded once and kept for the trip lists: wording a trip's explanation takes about
/// 20 µs, so a page of 100 spent 2 ms on the summaries' legal basis alone, and as much again for include=risk.
/// <para>
/// Bounded by the data, not by what is asked: one entry per trip per facts snapshot (a new snapshot starts empty),
/// replaced when the trip's revision changes (every change of a trip raises it, on any instance) or today does (the
/// explanation's tenses). About 3 KB a trip: 0.3 MB for the 114 trips of data/, 30 MB for 10,000.
/// </para>
/// </summary>
public sealed class TripRiskCache
{
    readonly ConditionalWeakTable<RiskFacts, ConcurrentDictionary<int, Kept>> _kept = [];

    sealed record Kept(int Revision, DateOnly Today, TripRiskResponse Risk);

    /// <summary>
    /// <see cref="RiskAssessments.TripRisk"/> of <paramref name="trip"/> (its legs loaded), from the kept one when
    /// the trip has not changed since.
    /// </summary>
    public TripRiskResponse Get(RiskFacts facts, Trip trip, DateOnly today)
    {
        var kept = _kept.GetValue(facts, _ => new ConcurrentDictionary<int, Kept>());
        if (kept.TryGetValue(trip.Id, out var known) && known.Revision == trip.Revision && known.Today == today)
            return known.Risk;
        var risk = RiskAssessments.TripRisk(facts, trip, today);
        kept[trip.Id] = new Kept(trip.Revision, today, risk);
        return risk;
    }
}
