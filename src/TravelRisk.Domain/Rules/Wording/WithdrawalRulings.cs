using TravelRisk.Domain.Cases;

namespace TravelRisk.Domain.Rules.Wording;

/// <summary>
/// The Court's rulings on what survives a State's withdrawal for its own situation, by situation number, each told
/// as "held" or "later held" against the day (docs/legal-rules.md gives the sources).
/// </summary>
sealed record WithdrawalRulings(DateOnly On, string Chamber, string Held, string Basis)
{
    static readonly Dictionary<string, WithdrawalRulings[]> BySituation = new(StringComparer.Ordinal)
    {
        ["ICC-01/21"] =
        [
            new(new(2025, 10, 23), "Pre-Trial Chamber I",
                "that because the preliminary examination had begun before the withdrawal took effect, the situation " +
                "was a matter already under consideration by the Court, so the Court keeps jurisdiction over crimes " +
                "committed while the Philippines was a party (Art. 127(2))",
                LegalBasis.PhilippinesJurisdiction),
            new(
                new(2026, 4, 22),
                "The Appeals Chamber",
                "that ruling, rejecting Duterte's appeal",
                LegalBasis.PhilippinesJurisdictionAppeal),
        ],
    };

    public static IReadOnlyList<WithdrawalRulings> For(Situation situation) =>
        situation.Number is { } number && BySituation.TryGetValue(number, out var rulings) ? rulings : [];

    public string Sentence(DateOnly day) => Chamber == "The Appeals Chamber"
        ? $"The Appeals Chamber {(day >= On ? "upheld" : "later upheld")} {Held} on {English.Date(On)}."
        : $"{Chamber} {(day >= On ? "held" : "later held")} on {English.Date(On)} {Held}.";
}
