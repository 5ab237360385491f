namespace TravelRisk.Domain.Rules.Wording;

/// <summary>Groupings of obligations the sentences need.</summary>
static class Obligations
{
    /// <summary>An obligation that includes arresting and surrendering the person.</summary>
    public static bool IsDuty(Obligation obligation) =>
        obligation is Obligation.ArrestRequired
            or Obligation.SecurityCouncilObligation
            or Obligation.Article12_3Declaration;
}
