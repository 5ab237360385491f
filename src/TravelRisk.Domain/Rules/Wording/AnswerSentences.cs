namespace TravelRisk.Domain.Rules.Wording;

/// <summary>The first sentence: the answer, in words a reader can quote.</summary>
static class AnswerSentences
{
    static readonly DateOnly SecretApplicationsSince = new(2025, 11, 10);

    public static void Write(ExplanationWriter w, ExplanationContext c)
    {
        var (host, person, again, on, q) = (c.HostFirst, c.First, c.Short, c.On, c.ForecastQualifier);
        var was = c.Tense.Was(c.Day);
        var had = c.Tense.Had(c.Day);
        var includes = c.Past ? "included" : "includes";

        switch (c.Decision.Reason)
        {
            case ObligationReason.DatesUnknown:
                w.Say("The dates of this trip are not known, so no day can be assessed.");
                return;
            case ObligationReason.NoWarrant:
                w.Say($"No public ICC arrest warrant names {person}, so no State is known to be obliged to arrest {again} for the Court.");
                w.Say(c.Facts.Today >= SecretApplicationsSince
                    ? "A warrant issued under seal cannot be excluded: since 10 November 2025 applications for arrest warrants are secret unless a Chamber decides otherwise (Regulation 23 ter of the Regulations of the Court)."
                    : "A warrant issued under seal cannot be excluded.",
                    c.Facts.Today >= SecretApplicationsSince ? [LegalBasis.Regulation23Ter] : []);
                return;
            case ObligationReason.WarrantNotYetIssued:
                w.Say($"{host} had no obligation to arrest {person} for the Court on {on}: no ICC arrest warrant for {again} had been issued by then.");
                return;
            case ObligationReason.WarrantNoLongerOutstanding:
                w.Say($"{host} {had} no obligation to arrest {person} for the Court on {on}{q}: no ICC arrest warrant for {again} {(c.Past ? "was" : "is")} in force any more.");
                return;
            case ObligationReason.WarrantIssueDateUncertain:
                w.Say($"Whether {c.HostName} {(c.Past ? "had" : "will have")} to arrest {person} for the Court on {on} cannot be determined from the public record.");
                return;
        }

        w.Say(c.Decision.Obligation switch
        {
            Obligation.ArrestRequired => $"{host} {was} obliged to arrest and surrender {person} to the Court if found on its territory on {on}{q}.",
            Obligation.SecurityCouncilObligation => $"{host} {was} bound by the UN Security Council to cooperate fully with the Court on {on}, which {includes} arresting and surrendering {person} if found on its territory{q}.",
            Obligation.Article12_3Declaration => $"{host} {was} obliged to cooperate with the Court on {on}, including by arresting and surrendering {person} if found on its territory, under its own declaration accepting the Court's jurisdiction{q}.",
            _ => $"{host} {had} no legal obligation to arrest {person} for the Court on {on}{q}.",
        });
    }

    /// <summary>The answer of another reading, as a clause: "would have been obliged to arrest and surrender X".</summary>
    public static string Conditional(Obligation obligation, ExplanationContext c)
    {
        var would = c.Past ? "would have" : "would";
        var been = c.Past ? "been" : "be";
        return obligation switch
        {
            Obligation.ArrestRequired => $"{would} {been} obliged to arrest and surrender {c.Short}",
            Obligation.SecurityCouncilObligation => $"{would} {been} bound by the Security Council to arrest and surrender {c.Short}",
            Obligation.Article12_3Declaration => $"{would} {been} obliged by its Art. 12(3) declaration to arrest and surrender {c.Short}",
            Obligation.Undetermined => $"{would} {(c.Past ? "had" : "have")} an obligation that cannot be determined",
            _ => $"{would} {(c.Past ? "had" : "have")} no obligation to arrest {c.Short}",
        };
    }
}
