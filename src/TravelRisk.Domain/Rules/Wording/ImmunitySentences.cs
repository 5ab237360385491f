using TravelRisk.Domain.Countries;

namespace TravelRisk.Domain.Rules.Wording;

/// <summary>
/// Whether an office the person held that day could stand in the way. Only offices that carry immunity abroad
/// while held (head of state, head of government, foreign minister) raise the point, and only when a duty is
/// at stake. The ground depends on the office's State on the day: a State Party is bound by Art. 27(2); for a
/// non-party the Court relies on customary international law (and for Sudan on Resolution 1593 as well).
/// </summary>
static class ImmunitySentences
{
    static readonly DateOnly JordanAppealDecided = new(2019, 5, 6);
    static readonly DateOnly MongoliaFindingMade = new(2024, 10, 24);

    /// <summary>The Court's rulings on al-Bashir's immunity, each with the ground it gave (docs/legal-rules.md).</summary>
    static readonly (DateOnly On, string Chamber, string Held, string Basis)[] DarfurRulings =
    [
        (new(2011, 12, 12), "Pre-Trial Chamber I", "that customary international law does not protect a head of state from arrest sought by an international court", LegalBasis.MalawiDecision),
        (new(2014, 4, 9), "Pre-Trial Chamber II", "that Resolution 1593 (2005), by requiring Sudan to cooperate fully, had implicitly waived that immunity", LegalBasis.CongoDecision),
        (new(2017, 7, 6), "Pre-Trial Chamber II", "that Resolution 1593 (2005) placed Sudan in a position analogous to a State Party, so that Art. 27(2) applied to it", LegalBasis.SouthAfricaDecision),
    ];

    public static void Write(ExplanationWriter w, ExplanationContext c)
    {
        if (!c.IsDuty || c.Facts.Person.OfficeWithImmunityOn(c.Day) is not { } office)
            return;
        var stateIso3 = office.CountryIso3 ?? c.Facts.Person.NationalityIso3;
        if (stateIso3 is null || stateIso3 == c.Host.Iso3 || !c.Facts.Countries.TryGetValue(stateIso3, out var state))
            return; // a State's own officials have no immunity from it

        var held = $"{English.Capitalise(c.Short)} {(c.Past ? "was" : "is")} {office.Title}, an office that carries immunity from other States' jurisdiction while it is held";
        var status = state.StatusOn(c.Day);
        if (status is StatuteStatus.Party or StatuteStatus.PartyWithdrawing)
        {
            w.Say($"{held}. But {English.Name(state)} {(c.Past ? "was" : "is")} itself a State Party, and under Art. 27(2) such immunity does not bar the Court, so no question of a waiver under Art. 98(1) arises.",
                LegalBasis.IcjArrestWarrant, LegalBasis.Art27_2);
            return;
        }

        w.Say($"{held}, and {English.Name(state)} {(c.Past ? "was" : "is")} not a party to the Rome Statute.", LegalBasis.IcjArrestWarrant);
        var situation = c.DecidingWarrant!.Value.Situation;
        if (situation.Resolution == "S/RES/1593 (2005)" && situation.BoundIso3.Contains(state.Iso3))
            SudanRulings(w, c);
        else
            CustomaryLaw(w, c);

        w.Say($"Several States and many scholars read Art. 98(1) as keeping the immunity of a sitting leader of a State that is not a party; the point is contested, and on that reading {c.HostName} could not be required to arrest {c.Short} without a waiver from {English.Name(state)}.",
            LegalBasis.Art98_1).MarkContested();
    }

    static void SudanRulings(ExplanationWriter w, ExplanationContext c)
    {
        var before = DarfurRulings.LastOrDefault(r => r.On <= c.Day);
        if (before.Chamber is not null)
            w.Say($"By then the Court had rejected that immunity: {before.Chamber} held on {English.Date(before.On)} {before.Held}.", before.Basis);
        else
            w.Say("No chamber of the Court had yet ruled on that immunity.");
        Appeal(w, c, "that customary international law recognises no head-of-state immunity before an international court, and that Resolution 1593 (2005) left Sudan unable to invoke it");
    }

    static void CustomaryLaw(ExplanationWriter w, ExplanationContext c)
    {
        Appeal(w, c, "that customary international law recognises no head-of-state immunity before an international court, and that Art. 98(1) preserves no immunity of its own");
        var confirmed = c.Day >= MongoliaFindingMade ? "Pre-Trial Chamber II confirmed on 24 October 2024" : "Pre-Trial Chamber II later confirmed, on 24 October 2024";
        w.Say($"{confirmed}, in its finding that Mongolia had failed to arrest Vladimir Putin, that \"personal immunity, including that of Heads of State, is not opposable before the ICC, and no waiver is required\".",
            LegalBasis.MongoliaFinding);
    }

    static void Appeal(ExplanationWriter w, ExplanationContext c, string held) =>
        w.Say(c.Day >= JordanAppealDecided
            ? $"The Appeals Chamber has held {held} (6 May 2019)."
            : $"The Appeals Chamber later held, on 6 May 2019, {held}.",
            LegalBasis.JordanAppeal);
}
