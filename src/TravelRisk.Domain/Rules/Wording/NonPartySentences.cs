namespace TravelRisk.Domain.Rules.Wording;

/// <summary>
/// What a State without a duty may still be asked: in a Security Council situation the resolution urges every
/// State to cooperate; elsewhere the Court may only invite a non-party to help (Art. 87(5)(a)).
/// </summary>
static class NonPartySentences
{
    public static void Write(ExplanationWriter w, ExplanationContext c)
    {
        if (c.Decision.Obligation != Obligation.NoTreatyObligation || c.DecidingWarrant is not { } warrant)
            return;

        if (warrant.Situation.Resolution is { } resolution)
        {
            var referral = SecurityCouncilReferral.For(resolution);
            w.Say($"{referral.Short} imposes the duty to cooperate only on {referral.Bound}. \"While recognizing " +
                "that States not party to the Rome Statute have no obligation under the Statute\", it urges all " +
                $"States to cooperate fully with the Court{referral.ParagraphNote}: an appeal, not a legal " +
                "duty.", referral.Basis);
            return;
        }
        w.Say("The Court may invite a State that is not a party to assist it under an ad hoc arrangement or " +
            $"agreement (Art. 87(5)(a)); {c.HostName} {(c.Past ? "was" : "is")} bound only if it " +
            $"{(c.Past ? "had agreed" : "agrees")} to one.",
            LegalBasis.Art87_5a);
    }
}
