using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>
/// The view data of a State's page: its Statute timeline as a strip, the Court's findings, wanted visitors.
/// </summary>
public sealed class StatePages(
    IDbContextFactory<TravelRiskDb> dbs,
    RiskAssessments risk,
    TripQueries trips) : IStatePages
{
    public async Task<StatePage?> StateAsync(string iso3, CancellationToken ct)
    {
        var facts = await risk.FactsAsync(ct);
        if (!facts.Countries.TryGetValue(iso3, out var country))
            return null;

        await using var db = await dbs.CreateDbContextAsync(ct);
        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.CountryIso3 == iso3)
            .OrderBy(f => f.DecidedOn)
            .ToListAsync(ct);
        var visits = (await trips.FlaggedAsync(new TripFilter(VisitedIso3: iso3), ct))
            .Where(f => f.Person.Warrants.Length > 0)
            .Select(f => VisitRow(facts, f, country))
            .ToList();
        var today = risk.Today;
        return new StatePage(country, country.StatusOn(today), Strip(country.Timeline, today),
            [.. findings.Select(f => new FindingRow(f, facts.LeadersById[f.LeaderId].Leader.Name))], visits);
    }

    /// <summary>The State's Rome Statute status as consecutive periods, from the Statute's adoption to today.</summary>
    public static IReadOnlyList<StripSegment> Strip(StatuteTimeline timeline, DateOnly today)
    {
        var changes = new[]
            {
                timeline.SignedOn, timeline.DepositedOn, timeline.InForceOn, timeline.WithdrawalNotifiedOn,
                timeline.WithdrawalEffectiveOn, timeline.WithdrawalRevokedOn, timeline.SignatureWithdrawnOn
            }
            .Where(d => d is { } day && day > StatuteDates.Adopted && day < today).Select(d => d!.Value)
            .Append(StatuteDates.Adopted).Distinct().Order().ToList();
        var segments = new List<StripSegment>();
        for (var i = 0; i < changes.Count; i++)
        {
            var from = changes[i];
            var to = i + 1 < changes.Count ? changes[i + 1] : today;
            var status = timeline.StatusOn(from);
            if (segments.Count > 0 && segments[^1].Status == status)
                segments[^1] = segments[^1] with { To = to };
            else
                segments.Add(new StripSegment(from, to, status));
        }
        return segments;
    }

    static TripRow VisitRow(RiskFacts facts, FlaggedTrip f, Country country)
    {
        // What this State (host or transit) had to do, which may differ from the trip's deciding State.
        var day = f.Trip.StartDate ?? f.Trip.EndDate;
        var obligation = day is { } d
            ? ArrestObligationRules.Decide(d, country, f.Person.Warrants).Obligation
            : Obligation.Undetermined;
        return TripRow.From(facts, f) with { Obligation = obligation };
    }
}

public sealed record StatePage(
    Country Country,
    StatuteStatus StatusToday,
    IReadOnlyList<StripSegment> Strip,
    IReadOnlyList<FindingRow> Findings,
    IReadOnlyList<TripRow> Visits);

public sealed record StripSegment(DateOnly From, DateOnly To, StatuteStatus Status);

/// <summary>A finding of the Court about this State, with the name of the person it concerns.</summary>
public sealed record FindingRow(Finding Finding, string PersonName);
