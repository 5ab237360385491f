using TravelRisk.Domain.Cases;

namespace TravelRisk.Domain.Rules.Wording;

/// <summary>The first sentence: the answer, in words a reader can quote, the day first.</summary>
static class AnswerSentences
{
    static readonly DateOnly SecretApplicationsSince = new(2025, 11, 10);

    public static void Write(ExplanationWriter w, ExplanationContext c)
    {
        var (host, person, again, q) = (c.HostName, c.First, c.Short, c.ForecastQualifier);
        var on = $"On {c.On}";
        var was = c.Tense.Was(c.Day);
        var had = c.Tense.Had(c.Day);
        var present = c.Past ? "was" : "is";

        switch (c.Decision.Reason)
        {
            case ObligationReason.DatesUnknown:
                w.Say("The dates of this trip are not known, so no single day can be assessed.");
                return;
            case ObligationReason.NoWarrant:
                NoWarrant(w, c);
                return;
            case ObligationReason.WarrantNotYetIssued:
                w.Say($"{on}, {host} had no obligation to arrest {person} for the Court: no ICC arrest warrant for " +
                    $"{again} had been issued by then.");
                return;
            case ObligationReason.WarrantNoLongerOutstanding:
                w.Say(EndedByInadmissibility(c)
                    ? $"{on}, {host} {had} no obligation to arrest {person} for the Court{q}: the Court " +
                        $"{(c.Past ? "was" : "is")} no longer seeking {English.Possessive(again)} surrender."
                    : $"{on}, {host} {had} no obligation to arrest {person} for the Court{q}: no ICC arrest warrant " +
                        $"for {again} {present} in force any more.");
                return;
            case ObligationReason.WarrantIssueDateUncertain:
                w.Say($"Whether {host} had to arrest {person} for the Court on {c.On} cannot be determined from " +
                    "the public record.");
                return;
        }

        var there = $"if {again} {present} on its territory";
        w.Say(c.Decision.Obligation switch
        {
            Obligation.ArrestRequired when c.OnlySealedWarrants =>
                $"{on}, {host} would have been obliged to arrest and surrender {person} to the Court {there} and " +
                $"{host} had received the Court's request: the warrant was still under seal that day.",
            Obligation.ArrestRequired when c.OnlyArticle70Warrants =>
                $"{on}, {host} {was} obliged to act on the Court's request to arrest and surrender {person} {there}, " +
                $"under the conditions set by its own law (Art. 70(2)){q}.",
            Obligation.ArrestRequired => $"{on}, {host} {was} obliged to arrest and surrender {person} to the Court " +
                $"{there}{q}.",
            Obligation.SecurityCouncilObligation when c.OnlySealedWarrants =>
                $"{on}, {host} would have been bound by a decision of the UN Security Council to cooperate fully " +
                $"with the Court, including by arresting and surrendering {person} {there} and {host} had received " +
                "the Court's request: the warrant was still under seal that day.",
            Obligation.Article12_3Declaration when c.OnlySealedWarrants =>
                $"{on}, {host} would have been obliged, under its own declaration accepting the Court's " +
                $"jurisdiction, to cooperate with the Court, including by arresting and surrendering {person} " +
                $"{there} and {host} had received the Court's request: the warrant was still under seal that day.",
            Obligation.SecurityCouncilObligation =>
                $"{on}, {host} {was} bound by a decision of the UN Security Council to cooperate fully with " +
                $"the Court, including by arresting and surrendering {person} {there}{q}.",
            Obligation.Article12_3Declaration =>
                $"{on}, {host} {was} obliged to cooperate with the Court, including by arresting and surrendering " +
                $"{person} {there}, under its own declaration accepting the Court's jurisdiction{q}.",
            _ => $"{on}, {host} {had} no legal obligation to arrest {person} for the Court{q}.",
        }, c.OnlyArticle70Warrants && c.Decision.Obligation == Obligation.ArrestRequired ? [LegalBasis.Art70_2] : []);
    }

    static void NoWarrant(ExplanationWriter w, ExplanationContext c)
    {
        w.Say(c.Past
            ? $"On {c.On}, no public ICC arrest warrant named {c.First}, and none has been made public since, so " +
                $"{c.HostName} is not known to have been obliged to arrest {c.Short}."
            : $"No public ICC arrest warrant names {c.First} today, so {c.HostName} is not known to be obliged to " +
                $"arrest {c.Short} on {c.On}.");
        if (c.Facts.Today >= SecretApplicationsSince)
            w.Say("A warrant issued under seal cannot be excluded: the Court has kept warrants secret for years " +
                "before making them public, and since 10 November 2025 applications for warrants are secret unless " +
                "a Chamber decides otherwise (Regulation 23 ter of the Regulations of the Court).",
                LegalBasis.Regulation23Ter);
        else
            w.Say("A warrant issued under seal cannot be excluded: the Court has kept warrants secret for years " +
                "before making them public.");
    }

    /// <summary>Whether every warrant ended because the case was declared inadmissible: the warrant may stand, but the
    /// Court no longer seeks the person.</summary>
    static bool EndedByInadmissibility(ExplanationContext c) =>
        c.Facts.Warrants.Select(x => x.Warrant.Events.Where(e => e.On <= c.Day).OrderBy(e => e.On).LastOrDefault())
            .All(e => e?.Ending == WarrantEnding.CaseInadmissible);

    /// <summary>The answer of another reading, as a clause: "would have been obliged to
    /// arrest and surrender X".</summary>
    public static string Conditional(Obligation obligation, ExplanationContext c)
    {
        var would = c.Past ? "would have" : "would";
        var been = c.Past ? "been" : "be";
        return obligation switch
        {
            Obligation.ArrestRequired => $"{would} {been} obliged to arrest and surrender {c.Short}",
            Obligation.SecurityCouncilObligation => $"{would} {been} bound by the Security Council to arrest and " +
                $"surrender {c.Short}",
            Obligation.Article12_3Declaration => $"{would} {been} obliged by its own declaration to arrest and " +
                $"surrender {c.Short}",
            Obligation.Undetermined => $"{would} {(c.Past ? "had" : "have")} an obligation that cannot be determined",
            _ => $"{would} {(c.Past ? "had" : "have")} no obligation to arrest {c.Short}",
        };
    }
}
