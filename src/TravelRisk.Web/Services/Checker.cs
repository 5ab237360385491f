namespace TravelRisk.Web.Services;

/// <summary>
/// Answers "must this State arrest this person on this day?" for the checker page and the map's panel, with the
/// same rules and words as <c>GET /api/v1/risk/check</c> (<see cref="RiskAssessments.Explain"/>).
/// </summary>
public sealed class Checker(RiskAssessments risk, DataVersion version)
{
    public DateOnly Today => risk.Today;

    /// <summary>The answer; null when there is no such person or State.</summary>
    public async Task<CheckAnswer?> AnswerAsync(string person, string state, DateOnly day, CancellationToken ct)
    {
        var facts = await risk.FactsAsync(ct);
        if (!facts.Leaders.TryGetValue(person, out var leader)
            || !facts.Countries.TryGetValue(state.ToUpperInvariant(), out var host))
            return null;

        var today = risk.Today;
        var (decision, explanation) = RiskAssessments.Explain(facts, leader, host, day, today);
        return new CheckAnswer(
            Person: leader.Leader.Slug,
            PersonName: leader.Leader.Name,
            State: host.Iso3,
            StateName: host.Name,
            Date: day,
            Obligation: decision.Obligation,
            Answer: explanation.Answer,
            Explanation: explanation.Text,
            LegalBasis: explanation.LegalBasis,
            Caveats: explanation.Caveats,
            Contested: explanation.Contested,
            DataAsOf: facts.DataAsOf,
            DataRevision: await version.GetAsync(ct),
            Today: today);
    }

    /// <summary>The people the checker offers: everyone with a public ICC arrest warrant, by name.</summary>
    public async Task<IReadOnlyList<Choice>> PeopleAsync(CancellationToken ct) =>
        [.. (await risk.FactsAsync(ct)).Leaders.Values.Where(l => l.Warrants.Length > 0)
            .OrderBy(l => l.Leader.Name, StringComparer.Ordinal).Select(l => new Choice(l.Leader.Slug, l.Leader.Name))];

    /// <summary>Every State, by name.</summary>
    public async Task<IReadOnlyList<Choice>> StatesAsync(CancellationToken ct) =>
        (await risk.FactsAsync(ct)).StateChoices;
}
