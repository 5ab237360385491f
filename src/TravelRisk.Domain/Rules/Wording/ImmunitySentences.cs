using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.People;

namespace TravelRisk.Domain.Rules.Wording;

/// <summary>
/// Whether an office the person held that day could stand in the way. Only offices that carry immunity abroad
/// while held (head of state, head of government, foreign minister) raise the point, and only when a duty is
/// at stake. The ground depends on the office's State on the day: a State Party is bound by Art. 27(2); for a
/// non-party the Court relies on customary international law (and for Sudan on Resolution 1593 as well). Each
/// decision is told as "held" or "later held" against the day, and the contrary view is named with its source.
/// </summary>
static class ImmunitySentences
{
    static readonly DateOnly FirstWarrantDecision = new(2009, 3, 4);
    static readonly DateOnly JordanAppealDecided = new(2019, 5, 6);
    static readonly DateOnly MongoliaFindingMade = new(2024, 10, 24);
    static readonly DateOnly AfricanUnionDecided = new(2009, 7, 3);

    /// <summary>The Court's rulings on al-Bashir's immunity before 2019, each with the ground it gave.</summary>
    static readonly (DateOnly On, string Chamber, string Held, string[] Basis)[] DarfurRulings =
    [
        (new(2011, 12, 12), "Pre-Trial Chamber I", "that customary international law does not protect a head " +
            "of state from arrest sought by an international court", [LegalBasis.MalawiDecision]),
        (new(2014, 4, 9), "Pre-Trial Chamber II", "that Resolution 1593 (2005), by requiring Sudan to cooperate " +
            "fully, had implicitly waived that immunity", [LegalBasis.CongoDecision]),
        (new(2017, 7, 6), "Pre-Trial Chamber II", "that Resolution 1593 (2005) placed Sudan in a position analogous " +
            "to a State Party, so that Art. 27(2) applied to it", [LegalBasis.SouthAfricaDecision, LegalBasis.Art27_2]),
    ];

    public static void Write(ExplanationWriter w, ExplanationContext c)
    {
        if (!c.IsDuty || c.Facts.Person.OfficeWithImmunityOn(c.Day) is not { } office)
            return;
        var stateIso3 = office.CountryIso3 ?? c.Facts.Person.NationalityIso3;
        if (stateIso3 is null || stateIso3 == c.Host.Iso3 || !c.Facts.Countries.TryGetValue(stateIso3, out var state))
            return; // a State's own officials have no immunity from it

        var status = state.StatusOn(c.Day);
        string[] officeBasis = DeFacto(office) ? [] : [LegalBasis.IcjArrestWarrant];
        if (status is StatuteStatus.Party or StatuteStatus.PartyWithdrawing)
        {
            w.Say($"{Office(office, c)}{(c.Past ? "" : $" (if {c.Short} still holds that office on {c.On})")}. But " +
                $"{English.Name(state)} {(c.Past ? "was" : "is")} itself a State Party: under Art. 27(2) immunities " +
                "attaching to official capacity do not bar the Court, so there is no immunity of a State not party " +
                "for Art. 98(1) to protect.", [.. officeBasis, LegalBasis.Art27_2, LegalBasis.Art98_1]);
            return;
        }

        w.Say($"{Office(office, c)}, and {English.Name(state)} {(c.Past ? "was" : "is")} not a party " +
            "to the Rome Statute" +
            (c.Past ? "." : $"; what follows assumes {c.Short} still holds that office on {c.On}."), officeBasis);
        var situation = c.DecidingWarrant!.Value.Situation;
        if (situation.Resolution == "S/RES/1593 (2005)" && situation.BoundIso3.Contains(state.Iso3))
        {
            SudanRulings(w, c);
            var decided = c.Day >= AfricanUnionDecided ? "decided" : "later decided";
            w.Say($"The point is contested: the African Union {decided} on 3 July 2009 that its members would not " +
                "cooperate in arresting and surrendering al-Bashir, invoking Art. 98 of the Statute. On that view " +
                $"Art. 98(1) stopped the Court from requiring {c.HostName} to arrest {c.Short} without a waiver from " +
                $"{English.Name(state)}.", LegalBasis.AfricanUnion2009, LegalBasis.Art98_1).MarkContested();
            return;
        }

        CustomaryLaw(w, c);
        var (who, whoBasis) = ContraryView(state, c);
        w.Say("The point is contested: some States hold that the leader of a State not party keeps the immunity " +
            "customary law gives abroad, so that under Art. 98(1) the Court could not ask for the arrest without " +
            $"that State's waiver{who}. On that view {c.HostName} could not be required to arrest {c.Short} unless " +
            $"{English.Name(state)} waived it.",
            [.. whoBasis, LegalBasis.Art98_1]).MarkContested();
    }

    /// <summary>
    /// Who has said so of this State's leaders, with the source: France of Israel's (27 November 2024), Mongolia of
    /// Russia's before the Court (its finding of 24 October 2024 sets out and rejects the argument). Nobody is named
    /// for a State whose leaders no State has been recorded defending.
    /// </summary>
    static (string Who, string[] Basis) ContraryView(Country state, ExplanationContext c) => state.Iso3 switch
    {
        "ISR" =>
            ("; France said so of Israel's Prime Minister in its statement " +
                "of 27 November 2024", [LegalBasis.France2024]),
        "RUS" when c.Host.Iso3 == "MNG" =>
            ($"; Mongolia itself {Argued(c)} so before the Court, and Pre-Trial Chamber II rejected " +
                "the argument", [MongoliaFinding(c)]),
        "RUS" =>
            ($"; Mongolia {Argued(c)} so before the Court over {English.Possessive(c.Short)} visit " +
                "of September 2024, and Pre-Trial Chamber II rejected the argument", [MongoliaFinding(c)]),
        _ => ("", []),
    };

    /// <summary>
    /// The Mongolia finding as the data cites it when the person's findings include it (Putin's), so the explanation
    /// that also tells the finding itself cites it once; otherwise the rules' own citation.
    /// </summary>
    static string MongoliaFinding(ExplanationContext c) =>
        c.Facts.Findings.Select(f => f.Finding)
            .FirstOrDefault(f => f.CountryIso3 == "MNG" && f.DecidedOn == MongoliaFindingMade) is { } finding
            ? FindingSentences.Citation(finding, c)
            : LegalBasis.MongoliaFinding;

    /// <summary>Mongolia's submissions are known from the finding that answered them, so
    /// they are dated by it.</summary>
    static string Argued(ExplanationContext c) => c.Day >= MongoliaFindingMade ? "argued" : "later argued";

    /// <summary>"Putin was President of Russia, an office that carries immunity …"; an unrecognised de facto office
    /// is not said to carry one.</summary>
    static string Office(Position office, ExplanationContext c)
    {
        var title = office.Title.Split(" (")[0];
        var carries = DeFacto(office)
            ? "a position held de facto, whatever immunity it may carry abroad"
            : "an office that carries immunity from other States' jurisdiction while it is held (International Court " +
                "of Justice, Arrest Warrant, 2002)";
        return c.Past
            ? $"{English.Capitalise(c.Short)} was {title}, {carries}"
            : $"{English.Capitalise(c.Short)} is {title} today, {carries}";
    }

    static bool DeFacto(Position office) => office.Title.Contains("de facto", StringComparison.OrdinalIgnoreCase);

    static void SudanRulings(ExplanationWriter w, ExplanationContext c)
    {
        var before = DarfurRulings.LastOrDefault(r => r.On <= c.Day);
        if (before.Chamber is not null)
            w.Say($"By then the Court had rejected that immunity: {before.Chamber} held on {English.Date(before.On)} " +
                $"{before.Held}.", before.Basis);
        else if (c.Day >= FirstWarrantDecision)
            w.Say("No chamber had yet ruled whether that immunity allowed a State Party to refuse to arrest " +
                $"{c.Short}. When it issued the first warrant, Pre-Trial Chamber I had held only that the position " +
                "of a sitting head of a State not party had no effect on the Court's jurisdiction " +
                "(4 March 2009).", LegalBasis.AlBashirWarrantDecision);
        Appeal(w, c, "that customary international law recognises no head-of-state immunity before an international " +
            "court, and that Resolution 1593 (2005) left Sudan unable to invoke it", LegalBasis.JordanAppealSudan);
    }

    static void CustomaryLaw(ExplanationWriter w, ExplanationContext c)
    {
        Appeal(w, c, "that customary international law recognises no head-of-state immunity before an international " +
            "court, and that Art. 98(1) preserves no immunity of its own", LegalBasis.JordanAppeal);

        // The Court's finding on this person's own immunity, unless it is about this very
        // visit (told with the finding).
        var own = c.Facts.Findings.Select(f => f.Finding)
            .Where(f => f.OnImmunity is not null && !c.Findings.Contains(f))
            .OrderBy(f => f.DecidedOn ?? f.PublicOn).FirstOrDefault();
        if (own is not null)
        {
            w.Say($"{own.Chamber} {(FindingSentences.After(own, c.Day) ? "later held" : "held")}, in its finding " +
                $"{FindingSentences.Of(own)} that {English.Name(c.Facts.Countries[own.CountryIso3])} had failed to " +
                $"arrest {c.Short}, that {own.OnImmunity}.",
                FindingSentences.Citation(own, c));
            return;
        }
        if (c.Findings.Any(f => f.OnImmunity is not null))
            return;
        var confirmed = c.Day >= MongoliaFindingMade
            ? "reaffirmed on 24 October 2024"
            : "later reaffirmed, on 24 October 2024,";
        w.Say($"Pre-Trial Chamber II {confirmed} in its finding that Mongolia had failed to arrest Vladimir Putin, " +
            "and reasoning from the duties of States Parties under the Statute rather than from customary law, that " +
            "personal immunity, including that of heads of state, \"is not opposable before the ICC, and no waiver " +
            "is required\".", MongoliaFinding(c));
    }

    static void Appeal(ExplanationWriter w, ExplanationContext c, string held, string basis) =>
        w.Say(c.Day >= JordanAppealDecided
            ? $"The Appeals Chamber has held {held} (6 May 2019)."
            : $"The Appeals Chamber later held, on 6 May 2019, {held}.",
            basis);
}
