using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;

namespace TravelRisk.Domain.Rules.Wording;

/// <summary>One decision being explained, with the names and tense its sentences share.</summary>
sealed record ExplanationContext(Decision Decision, DateOnly Day, Country Host, ExplanationFacts Facts)
{
    public Tense Tense { get; } = new(Facts.Today);

    /// <summary>The full name, for the first mention.</summary>
    public string Person => Facts.Person.Name;

    /// <summary>The short name ("Putin"), for every later mention.</summary>
    public string Short => Facts.Person.ShortNameOrDefault;

    /// <summary>Whether an earlier sentence (a trip's status) already named the person in full.</summary>
    public bool PersonNamed { get; init; }

    /// <summary>The name for the answer sentence: full, unless a trip's status already gave it.</summary>
    public string First => PersonNamed ? Short : Person;

    public string On => English.Date(Day);

    public bool Past => Tense.IsPast(Day);

    /// <summary>The host's name inside a sentence, and opening one.</summary>
    public string HostName => English.Name(Host);

    public string HostFirst => English.NameFirst(Host);

    /// <summary>Said after an answer about a day still to come: the record can change before then.</summary>
    public string ForecastQualifier => Past ? "" : ", on the record as it stands today";

    public WarrantCase? DecidingWarrant => Decision.WarrantIndex >= 0 ? Facts.Warrants[Decision.WarrantIndex] : null;

    /// <summary>The warrants certainly issued and still outstanding on the day, in order.</summary>
    public IReadOnlyList<WarrantCase> OutstandingWarrants =>
        [.. Facts.Warrants.Where(w => w.Warrant.IssueOn(Day, w.Situation.InvestigationOpenedOn) == WarrantIssue.Issued && w.Warrant.IsOutstandingOn(Day))];

    /// <summary>Whether the answer (or, for an uncertain day, the possible answer) is a duty to arrest.</summary>
    public bool IsDuty => Obligations.IsDuty(Decision.Reason == ObligationReason.WarrantIssueDateUncertain ? Decision.IfIssued : Decision.Obligation);

    public ExplanationContext With(Decision decision) => this with { Decision = decision };
}
