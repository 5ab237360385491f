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
        [.. Facts.Warrants.Where(w =>
            w.Warrant.IssueOn(Day, w.Situation.InvestigationOpenedOn) == WarrantIssue.Issued
                && w.Warrant.IsOutstandingOn(Day))];

    /// <summary>Whether the answer (or, for an uncertain day, the possible answer) is a duty to arrest.</summary>
    public bool IsDuty =>
        Obligations.IsDuty(
            Decision.Reason == ObligationReason.WarrantIssueDateUncertain ? Decision.IfIssued : Decision.Obligation);

    /// <summary>
    /// The Court's findings about this visit: for a trip, the trip's own; for a day, those on a visit by the person to
    /// the host that included the day.
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; init; } =
        [.. Facts.Findings.Where(f => f.Covers(Host.Iso3, Day)).Select(f => f.Finding)];

    /// <summary>Whether a trip's explanation (true) or a day's (false): "this visit" or "a visit
    /// that included this day".</summary>
    public bool IsTrip { get; init; }

    /// <summary>The host's arrest or surrender of the person under one of the warrants, if it made one.</summary>
    public WarrantEvent? HostExecution => Facts.Warrants.SelectMany(w => w.Warrant.Events)
        .Where(e => e.ExecutedByIso3 == Host.Iso3).MinBy(e => e.ArrestedOn ?? e.On);

    /// <summary>Whether the host had arrested the person under a warrant by the day (it had
    /// the request by then).</summary>
    public bool ExecutedByHost => HostExecution is { } e && (e.ArrestedOn ?? e.On) <= Day;

    /// <summary>Whether a finding shows the host had the Court's request: it failed to comply with one.</summary>
    public bool FindingShowsRequest =>
        Findings.Any(f =>
            (f.Kind is FindingKind.NonCompliance or FindingKind.ReferralReversed) && f.CountryIso3 == Host.Iso3);

    /// <summary>
    /// Whether the record shows that the host received the Court's request: a finding that it failed to comply with
    /// one, or its own arrest of the person under the warrant on or before the day.
    /// </summary>
    public bool RequestReceived => FindingShowsRequest || ExecutedByHost;

    /// <summary>Whether every warrant in force that day was still sealed, so the duty hung on a request
    /// TravelRisk cannot see.</summary>
    public bool OnlySealedWarrants =>
        OutstandingWarrants is { Count: > 0 } w && w.All(x => x.Warrant.SealedOn(Day)) && !RequestReceived;

    /// <summary>Whether every warrant in force that day is for Art. 70 offences, whose cooperation
    /// runs under domestic law.</summary>
    public bool OnlyArticle70Warrants =>
        OutstandingWarrants is { Count: > 0 } w
            && w.All(x => x.Warrant.Offences == WarrantOffences.AdministrationOfJustice);

    public ExplanationContext With(Decision decision) => this with { Decision = decision };
}
