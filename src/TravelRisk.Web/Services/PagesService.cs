using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;
using TravelRisk.Web.Api.Contracts;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>The view data of the leader, State and map pages: a context per call, facts from the snapshot, flags from the rules.</summary>
public class PagesService(IDbContextFactory<TravelRiskDb> dbs, RiskService risk, TripQueries trips)
{
    public DateOnly Today => risk.Today;

    public virtual async Task<LeaderPage?> LeaderAsync(string slug, CancellationToken ct)
    {
        var facts = await risk.FactsAsync(ct);
        if (!facts.Leaders.TryGetValue(slug, out var person))
            return null;
        var flagged = await trips.FlaggedAsync(new TripFilter(LeaderId: person.Leader.Id), ct);
        var represented = await trips.FlaggedAsync(new TripFilter(RepresentativeId: person.Leader.Id), ct);
        return new LeaderPage(
            person,
            [.. person.Warrants.Select(w => WarrantResponse.For(w, Today))],
            [.. flagged.Select(f => Row(facts, f))],
            [.. represented.Select(f => Row(facts, f))],
            await OutcomesAsync(new OutcomeFilter(LeaderId: person.Leader.Id), ct),
            person.Leader.NationalityIso3 is { } iso3 && facts.Countries.TryGetValue(iso3, out var country) ? country.Name : person.Leader.NationalityIso3);
    }

    public virtual async Task<StatePage?> StateAsync(string iso3, CancellationToken ct)
    {
        var facts = await risk.FactsAsync(ct);
        if (!facts.Countries.TryGetValue(iso3, out var country))
            return null;

        await using var db = await dbs.CreateDbContextAsync(ct);
        var findings = await db.Findings.AsNoTracking().Where(f => f.CountryIso3 == iso3).OrderBy(f => f.DecidedOn).ToListAsync(ct);
        var visits = (await trips.FlaggedAsync(new TripFilter(VisitedIso3: iso3), ct))
            .Where(f => f.Person.Warrants.Length > 0)
            .Select(f => VisitRow(facts, f, country))
            .ToList();
        return new StatePage(country, country.StatusOn(Today), Strip(country.Timeline, Today),
            [.. findings.Select(f => new FindingRow(f, facts.LeadersById[f.LeaderId].Leader.Name))], visits);
    }

    /// <summary>The Court's findings (Art. 87(7)) on a trip or on a person's trips, oldest first, with names for the pages.</summary>
    public virtual async Task<IReadOnlyList<OutcomeRow>> OutcomesAsync(OutcomeFilter filter, CancellationToken ct)
    {
        var facts = await risk.FactsAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var query = db.Findings.AsNoTracking();
        if (filter.TripId is { } trip)
            query = query.Where(f => f.TripId == trip);
        if (filter.LeaderId is { } leader)
            query = query.Where(f => f.LeaderId == leader);
        var findings = await query.ToListAsync(ct);
        return [.. findings.OrderBy(f => f.DecidedOn ?? f.PublicOn).Select(f => new OutcomeRow(
            f, facts.LeadersById[f.LeaderId].Leader.Name, facts.Countries.TryGetValue(f.CountryIso3, out var c) ? c.Name : f.CountryIso3))];
    }

    public async Task<IReadOnlyDictionary<string, Obligation>?> MapAsync(string slug, DateOnly day, CancellationToken ct)
    {
        var facts = await risk.FactsAsync(ct);
        return facts.Leaders.TryGetValue(slug, out var person)
            ? RiskService.Map(facts, person, day).ToDictionary(e => e.Iso3, e => e.Obligation)
            : null;
    }

    public async Task<IReadOnlyList<LeaderFacts>> WantedAsync(CancellationToken ct) =>
        [.. (await risk.FactsAsync(ct)).Leaders.Values.Where(l => l.Warrants.Length > 0).OrderBy(l => l.Leader.Name, StringComparer.Ordinal)];

    /// <summary>The State's Rome Statute status as consecutive periods, from the Statute's adoption to today.</summary>
    public static IReadOnlyList<StripSegment> Strip(StatuteTimeline timeline, DateOnly today)
    {
        var changes = new[] { timeline.SignedOn, timeline.DepositedOn, timeline.InForceOn, timeline.WithdrawalNotifiedOn, timeline.WithdrawalEffectiveOn,
                              timeline.WithdrawalRevokedOn, timeline.SignatureWithdrawnOn }
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

    static TripRow Row(RiskFacts facts, FlaggedTrip f) => new(
        f.Trip.Id, f.Person.Leader.Name, f.Person.Leader.Slug, facts.Countries[f.Trip.HostIso3].Name, f.Trip.HostIso3,
        f.Trip.StartDate, f.Trip.EndDate, f.Trip.Status, f.Trip.Review, f.Decision.Decision.Obligation);

    static TripRow VisitRow(RiskFacts facts, FlaggedTrip f, Country country)
    {
        // What this State (host or transit) had to do, which may differ from the trip's deciding State.
        var day = f.Trip.StartDate ?? f.Trip.EndDate;
        var obligation = day is { } d ? ArrestObligationRules.Decide(d, country, f.Person.Warrants).Obligation : Obligation.Undetermined;
        return Row(facts, f) with { Obligation = obligation };
    }
}

public sealed record TripRow(int Id, string PersonName, string PersonSlug, string HostName, string HostIso3, DateOnly? StartDate, DateOnly? EndDate,
    Domain.Travel.TripStatus Status, Domain.Travel.ReviewState Review, Obligation Obligation);

public sealed record LeaderPage(LeaderFacts Person, IReadOnlyList<WarrantResponse> Warrants, IReadOnlyList<TripRow> Trips, IReadOnlyList<TripRow> Represented,
    IReadOnlyList<OutcomeRow> Outcomes, string? NationalityName = null);

/// <summary>Which findings: those on one trip, or on one person's trips.</summary>
public sealed record OutcomeFilter(int? TripId = null, int? LeaderId = null);

/// <summary>A finding of the Court with the names of the person and the State it concerns.</summary>
public sealed record OutcomeRow(Finding Finding, string PersonName, string StateName);

public sealed record StatePage(Country Country, StatuteStatus StatusToday, IReadOnlyList<StripSegment> Strip, IReadOnlyList<FindingRow> Findings, IReadOnlyList<TripRow> Visits);

public sealed record StripSegment(DateOnly From, DateOnly To, StatuteStatus Status);

public sealed record FindingRow(Finding Finding, string PersonName);
