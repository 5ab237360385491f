using TravelRisk.Domain.Countries;
using TravelRisk.Domain.People;

namespace TravelRisk.Domain.Rules;

/// <summary>
/// What an explanation needs besides the decision: who, their warrants, every State, the Court's findings, and today.
/// </summary>
/// <param name="Person">The person, with their positions (an office held on the day can raise immunity).</param>
/// <param name="Warrants">Their warrants, in the order given to the rules.</param>
/// <param name="Countries">
/// Every State by ISO alpha-3: the State whose office the person holds is looked up here.
/// </param>
/// <param name="Today">Today, by the caller's clock: it decides what is told as past and what as expected.</param>
/// <param name="Findings">The Court's findings on this person's visits (cited where a visit covers
/// the day, or on immunity).</param>
public sealed record ExplanationFacts(
    Leader Person,
    WarrantCase[] Warrants,
    IReadOnlyDictionary<string, Country> Countries,
    DateOnly Today,
    IReadOnlyList<VisitFinding> Findings)
{
    /// <summary>The facts without findings of the Court (most people and days have none).</summary>
    public ExplanationFacts(
        Leader person,
        WarrantCase[] warrants,
        IReadOnlyDictionary<string, Country> countries,
        DateOnly today)
        : this(person, warrants, countries, today, [])
    {
    }
}
