namespace TravelRisk.Domain.Rules.Wording;

/// <summary>
/// Whether a sentence speaks of the past or of what is expected: the day assessed, and every dated fact, are
/// compared with today, so a projection never reads as history and a past fact never reads as a forecast.
/// </summary>
readonly record struct Tense(DateOnly Today)
{
    public bool IsPast(DateOnly day) => day <= Today;

    /// <summary>"was" or "will be" for the day assessed.</summary>
    public string Was(DateOnly day) => IsPast(day) ? "was" : "will be";

    /// <summary>"had" or "will have" for the day assessed.</summary>
    public string Had(DateOnly day) => IsPast(day) ? "had" : "will have";

    /// <summary>"took effect" for a past date, "is due to take effect" for a later one.</summary>
    public string TakesEffect(DateOnly on) => IsPast(on) ? "took effect" : "is due to take effect";

    /// <summary>"entered into force" or "is due to enter into force".</summary>
    public string EntersIntoForce(DateOnly on) => IsPast(on) ? "entered into force" : "is due to enter into force";
}
