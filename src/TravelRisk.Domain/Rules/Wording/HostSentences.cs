using TravelRisk.Domain.Countries;

namespace TravelRisk.Domain.Rules.Wording;

/// <summary>Why the host is or is not bound: its Rome Statute status that day and the rule that applies.</summary>
static class HostSentences
{
    const string Vclt = "the Vienna Convention on the Law of Treaties";

    public static void Write(ExplanationWriter w, ExplanationContext c)
    {
        var t = c.Host.Timeline;
        switch (c.Decision.Reason)
        {
            case ObligationReason.StatePartyInForce:
                StateParty(w, c);
                StatePartyDuty(w);
                break;
            case ObligationReason.StatePartyWithdrawalPending:
                PendingWithdrawal(w, c);
                StatePartyDuty(w);
                break;
            case ObligationReason.ContinuingDutyAfterWithdrawal:
                ContinuingDuty(w, c);
                break;
            case ObligationReason.SecurityCouncilResolution:
                SecurityCouncil(w, c);
                break;
            case ObligationReason.Article12_3Declaration:
                Declaration(w, c);
                break;
            case ObligationReason.NeverSigned:
                w.Say(t.DepositedOn is { } joined && joined > c.Day
                    ? $"On {c.On}, {c.HostName} had not signed or joined the Rome Statute; it joined later, " +
                        $"depositing its instrument on {English.Date(joined)}."
                    : $"{c.HostFirst} has never signed or joined the Rome Statute.");
                w.Say("A treaty creates no obligations for a State without its consent (a rule of customary " +
                    $"international law, codified in Art. 34 of {Vclt}).", LegalBasis.Vclt34);
                break;
            case ObligationReason.SignatureWithdrawn:
                w.Say($"{c.HostFirst} signed the Rome Statute on {English.Date(t.SignedOn)} but notified the UN " +
                    $"Secretary-General on {English.Date(t.SignatureWithdrawnOn)} that it does not intend to become " +
                    "a party.");
                w.Say("It is therefore bound neither by the Statute, since a treaty creates no obligations for " +
                    "a State without its consent, nor by a signatory's duty not to defeat the treaty's object and " +
                    "purpose, which ends when a State makes clear that it will not become a party (the rules in " +
                    $"Arts. 34 and 18(a) of {Vclt}).", LegalBasis.Vclt34, LegalBasis.Vclt18);
                break;
            case ObligationReason.SignatoryNotRatified:
                w.Say($"{c.HostFirst} {(c.Past ? "had signed" : "has signed")} the Rome Statute on " +
                    $"{English.Date(t.SignedOn)} but {(c.Past ? "had" : "has")} not ratified it.");
                w.Say("A State that has signed a treaty must refrain from acts that would defeat its object and " +
                    "purpose until it makes clear that it will not become a party (the rule in Art. 18(a) " +
                    $"of {Vclt}); that does not oblige it to arrest anyone for the Court.", LegalBasis.Vclt18);
                LaterParty(w, c);
                break;
            case ObligationReason.NotYetInForce:
                w.Say($"{c.HostFirst} deposited its instrument of {English.DepositKind(t.DepositKind)} on " +
                    $"{English.Date(t.DepositedOn)}, but the Statute " +
                    $"{(t.InForceOn is { } on && !c.Tense.IsPast(on) ? "is due to enter" : "entered")} into force " +
                    $"for it only on {English.Date(t.InForceOn)}: the first day of the month after the 60th day " +
                    "following the deposit (Art. 126(2)).", LegalBasis.Art126_2);
                break;
            case ObligationReason.WithdrawnNoContinuingDuty:
                WithdrawnWithoutDuty(w, c);
                break;
        }
    }

    static void StateParty(ExplanationWriter w, ExplanationContext c)
    {
        var inForce = c.Host.Timeline.InForceOn;
        if (inForce == c.Day)
            w.Say($"The Statute {(c.Past ? "entered" : "is due to enter")} into force for {c.HostName} that day " +
                "(Art. 126(2)).", LegalBasis.Art126_2);
        else if (inForce is { } f && !c.Tense.IsPast(f))
            w.Say($"{c.HostFirst} will be a State Party to the Rome Statute by then: the Statute is due to enter " +
                $"into force for it on {English.Date(f)} (Art. 126(2)).", LegalBasis.Art126_2);
        else
            w.Say($"{c.HostFirst} {(c.Past ? "was" : "is")} a State Party to the Rome Statute, in force for it since " +
                $"{English.Date(inForce)}.");
    }

    static void StatePartyDuty(ExplanationWriter w) =>
        w.Say("A State Party must cooperate fully with the Court (Art. 86) and comply with its requests to arrest " +
            "and surrender a person found on its territory (Art. 89(1)).",
            LegalBasis.Art86, LegalBasis.Art89_1);

    static void PendingWithdrawal(ExplanationWriter w, ExplanationContext c)
    {
        var t = c.Host.Timeline;
        var effect = t.WithdrawalTakesEffectOn!.Value;
        w.Say($"{c.HostFirst} had notified the UN Secretary-General of its withdrawal from the Rome Statute on " +
            $"{English.Date(t.WithdrawalNotifiedOn)}. A withdrawal takes effect one year after the notification is " +
            $"received, unless the notification names a later date (Art. 127(1)), so on {c.On} {c.HostName} " +
            $"{(c.Past ? "was" : "will be")} still a State Party.",
            LegalBasis.Art127_1);

        // What became of the withdrawal is told only where the record of it is not
        // disputed: the answer does not need it.
        if (c.Host.OtherReadings.Any(r =>
            r.Timeline.WithdrawalRevokedOn != t.WithdrawalRevokedOn
                || r.Timeline.WithdrawalNotifiedOn != t.WithdrawalNotifiedOn))
            return;
        var date = t.WithdrawalEffectComputed
            ? $"{English.Date(effect)}, the date Art. 127(1) fixes"
            : English.Date(effect);
        w.Say(t.WithdrawalRevokedBeforeEffect
            ? $"{c.HostFirst} revoked the notification on {English.Date(t.WithdrawalRevokedOn)}, so the withdrawal, " +
                $"which would have taken effect on {date}, never did."
            : $"The withdrawal {c.Tense.TakesEffect(effect)} on {date}.");
    }

    static void ContinuingDuty(ExplanationWriter w, ExplanationContext c)
    {
        var t = c.Host.Timeline;
        var effect = t.WithdrawalTakesEffectOn!.Value;
        var warrant = c.DecidingWarrant!.Value;
        w.Say($"{English.Capitalise(English.Possessive(c.Host))} withdrawal from the Rome Statute " +
            $"{c.Tense.TakesEffect(effect)} on {English.Date(effect)}, {After(t, effect)} " +
            "(Art. 127(1)).", LegalBasis.Art127_1);
        w.Say($"But the investigation in the {English.Situation(warrant.Situation)} was opened on " +
            $"{English.Date(warrant.Situation.InvestigationOpenedOn)}, while {c.HostName} was still a party, and " +
            "a withdrawal does not affect cooperation in investigations commenced before it " +
            $"{(c.Tense.IsPast(effect) ? "took" : "takes")} effect (Art. 127(2)). {c.HostFirst} " +
            $"{(c.Past ? "therefore remained" : "will therefore remain")} obliged to comply with the Court's " +
            "requests to arrest and surrender a person wanted in that investigation (Art. 89(1)).",
            LegalBasis.Art127_2, LegalBasis.Art89_1);
        if (warrant.Warrant.KnownFrom is { } issued && issued >= effect)
        {
            w.Say($"This warrant was {WarrantSentences.IssuedPhrase(warrant.Warrant)}, after the withdrawal took " +
                "effect. Whether Art. 127(2) reaches warrants issued after a withdrawal has not been settled by " +
                $"the Court and is contested; if it does not, {c.HostName} {(c.Past ? "had" : "has")} no obligation " +
                $"to arrest {c.Short}.").MarkContested();
        }
    }

    static void SecurityCouncil(ExplanationWriter w, ExplanationContext c)
    {
        var situation = c.DecidingWarrant!.Value.Situation;
        var referral = SecurityCouncilReferral.For(situation.Resolution);
        w.Say($"{c.HostFirst} {c.Tense.Was(c.Day)} not a party to the Rome Statute.");
        w.Say("But the UN Security Council, acting under Chapter VII of the UN Charter, referred " +
            $"the {English.Situation(situation)} to the Court in {referral.Short} (Art. 13(b)).", LegalBasis.Art13b);
        w.Say($"It decided that {referral.Decides} with the Court and the Prosecutor{referral.ParagraphNote}, and " +
            "members of the United Nations must carry out the Council's decisions (UN Charter, Art. 25).",
            referral.Basis, LegalBasis.UnCharter25);
    }

    static void Declaration(ExplanationWriter w, ExplanationContext c)
    {
        var declaration = c.Host.Declarations[c.Decision.DeclarationIndex];
        var period = (declaration.CoversFrom, declaration.CoversTo) switch
        {
            ({ } from, { } to) => $"from {English.Date(from)} to {English.Date(to)}",
            ({ } from, null) => $"since {English.Date(from)}",
            _ => "in the period it names",
        };
        w.Say($"{c.HostFirst} {c.Tense.Was(c.Day)} not a State Party, but on {English.Date(declaration.LodgedOn)} it " +
            "had lodged a declaration under Art. 12(3) accepting the Court's jurisdiction over crimes committed on " +
            $"its territory {period}.");
        w.Say("Under Art. 12(3), \"the accepting State shall cooperate with the Court without any delay or exception " +
            "in accordance with Part 9\"; the rules of Part 9 that concern States Parties, including compliance with " +
            "requests to arrest and surrender (Art. 89(1)), then apply to it (Rule 44(2) of the Rules of Procedure " +
            "and Evidence).",
            LegalBasis.Art12_3, LegalBasis.Art89_1, LegalBasis.Rule44_2);
        LaterParty(w, c);
    }

    static void WithdrawnWithoutDuty(ExplanationWriter w, ExplanationContext c)
    {
        var t = c.Host.Timeline;
        var effect = t.WithdrawalTakesEffectOn!.Value;
        w.Say($"{English.Capitalise(English.Possessive(c.Host))} withdrawal from the Rome Statute " +
            $"{c.Tense.TakesEffect(effect)} on {English.Date(effect)}, {After(t, effect)} " +
            "(Art. 127(1)).", LegalBasis.Art127_1);
        if (c.DecidingWarrant is not { } warrant)
            return;
        var situation = warrant.Situation;
        w.Say(situation.InvestigationOpenedOn is { } opened
            ? $"The investigation in the {English.Situation(situation)} was opened on {English.Date(opened)}, after " +
                "the withdrawal took effect, so Art. 127(2), which preserves cooperation in investigations commenced " +
                "before then, does not apply."
            : $"The record gives no date on which the investigation in the {English.Situation(situation)} was " +
                "opened, so no continuing duty under Art. 127(2) can be shown.",
            LegalBasis.Art127_2);
        PreliminaryExamination(w, c, situation, effect);
    }

    /// <summary>
    /// Only the withdrawing State's own situation can have been under preliminary examination while it was a party
    /// in a way that bears on its own duty: the cooperation clause of Art. 127(2) speaks of investigations "in relation
    /// to which the withdrawing State had a duty to cooperate". The Court's rulings on jurisdiction are cited; the duty
    /// to cooperate is the open question.
    /// </summary>
    static void PreliminaryExamination(
        ExplanationWriter w,
        ExplanationContext c,
        Cases.Situation situation,
        DateOnly effect)
    {
        if (!situation.TerritoryIso3.Contains(c.Host.Iso3)
            || situation.PreliminaryExaminationOpenedOn is not { } examined
            || examined >= effect)
            return;
        w.Say($"The Prosecutor had opened a preliminary examination of that situation on {English.Date(examined)}, " +
            $"while {c.HostName} was still a party.");
        foreach (var ruling in WithdrawalRulings.For(situation))
            w.Say(ruling.Sentence(c.Day), ruling.Basis);
        w.Say($"Whether {Possessive(c)} duty to cooperate also survived has not been decided and is contested: " +
            "Art. 127(2) preserves cooperation only in \"criminal investigations and proceedings\" \"commenced " +
            $"prior to the date on which the withdrawal became effective\". On the wider reading {c.HostName} " +
            $"{AnswerSentences.Conditional(Obligation.ArrestRequired, c)}.").MarkContested();
    }

    static string Possessive(ExplanationContext c) => English.Possessive(c.Host);

    /// <summary>"one year after its notification of 27 October 2016", or the later date
    /// the notification named.</summary>
    static string After(StatuteTimeline t, DateOnly effect) => t.WithdrawalNotifiedOn?.AddYears(1) == effect
        ? $"one year after its notification of {English.Date(t.WithdrawalNotifiedOn)}"
        : $"the date named in its notification of {English.Date(t.WithdrawalNotifiedOn)}";

    /// <summary>A non-party on the day that joined later: the reader should not think it is still outside.</summary>
    static void LaterParty(ExplanationWriter w, ExplanationContext c)
    {
        if (c.Host.Timeline.InForceOn is { } inForce && inForce > c.Day)
            w.Say($"{c.HostFirst} later became a State Party: the Statute {c.Tense.EntersIntoForce(inForce)} for it " +
                $"on {English.Date(inForce)}.");
    }
}
