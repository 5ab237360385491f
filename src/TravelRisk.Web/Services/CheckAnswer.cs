using TravelRisk.Domain.Rules;

namespace TravelRisk.Web.Services;

/// <summary>
/// The checker's answer for a person, a State and a day: the explainer's own answer sentence and paragraph, what
/// they cite, the caveats that bear on them, and what a citation needs (the data's as-of date and revision).
/// </summary>
public sealed record CheckAnswer(
    string Person,
    string PersonName,
    string State,
    string StateName,
    DateOnly Date,
    Obligation Obligation,
    string Answer,
    string Explanation,
    IReadOnlyList<string> LegalBasis,
    IReadOnlyList<string> Caveats,
    bool Contested,
    DateOnly DataAsOf,
    string DataRevision,
    DateOnly Today)
{
    /// <summary>The answer's own address, with every choice in it, so it can be shared and reopened.</summary>
    public string Permalink => CheckLinks.For(Person, State, Date);
}
