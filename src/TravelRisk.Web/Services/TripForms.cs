using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>
/// What the analysts' forms need besides the writer: the choices for their pickers, and the live assessment of a draft.
/// </summary>
public sealed class TripForms(IDbContextFactory<TravelRiskDb> dbs, RiskFactsCache cache, TimeProvider clock)
{
    /// <summary>People, States and summits to choose from, sorted by name.</summary>
    public async Task<FormChoices> ChoicesAsync(CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var summits = await db.Summits.AsNoTracking()
            .OrderByDescending(s => s.StartDate)
            .ThenBy(s => s.Name)
            .ToListAsync(ct);
        return new FormChoices(
            facts.PeopleChoices,
            facts.StateChoicesWithCodes,
            [.. summits.Select(s =>
                new Choice(
                    s.Slug,
                    s.StartDate is { } d
                        ? $"{s.Name}, {s.City ?? s.HostIso3} {d:yyyy-MM-dd}"
                        : $"{s.Name} (date not fixed)"))],
            summits.ToDictionary(s => s.Slug),
            facts.StateNames);
    }

    static readonly Dictionary<string, int> NoSummits = [];

    /// <summary>People's and summits' names by id, to show the ids a revision records.</summary>
    public async Task<IdNames> IdNamesAsync(CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return new(facts.LeadersById.ToDictionary(l => l.Key, l => l.Value.Leader.Name),
            await db.Summits.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct));
    }

    /// <summary>
    /// The assessment the draft would get if saved, by the same rules as a stored trip; null until it names a
    /// known person and host State. Fields that are invalid are left out rather than guessed.
    /// </summary>
    public async Task<TripRiskResponse?> AssessAsync(TripRequest draft, CancellationToken ct)
    {
        // Runs on every change in the form, so it stays in memory: the summit does not affect the assessment, and
        // the "unknown summit" this reports is ignored like every other message.
        var facts = await cache.GetAsync(ct);
        var trip = new Trip { Slug = "draft", HostIso3 = "" };
        var errors = TripRequestValidator.Apply(draft, trip, TripLookups.From(facts, NoSummits));
        if (errors.Any(e => e.Field is "leader" or "host"))
            return null;
        if (errors.Any(e => e.Field is "startDate" or "endDate"))
            (trip.StartDate, trip.EndDate) = (null, null);
        trip.Legs.RemoveAll(l => !facts.Countries.ContainsKey(l.CountryIso3));
        return RiskAssessments.TripRisk(facts, trip, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}

/// <summary>A value and the text a picker shows for it.</summary>
public sealed record Choice(string Value, string Text);

/// <summary>The pickers' choices.</summary>
public sealed record FormChoices(
    IReadOnlyList<Choice> People,
    IReadOnlyList<Choice> States,
    IReadOnlyList<Choice> Summits,
    IReadOnlyDictionary<string, Summit> SummitsBySlug,
    IReadOnlyDictionary<string, string> StateNames);
