using TravelRisk.Domain.Countries;

namespace TravelRisk.Domain.Rules.Wording;

/// <summary>
/// Facts that could mislead if left unsaid: a withdrawal announced but not notified, and a disputed treaty record.
/// A dispute that changes the answer that day is stated with both readings and marks the answer contested; one
/// that changes only the reason is stated briefly, so nothing said is false on either reading; one that changes
/// neither is not mentioned.
/// </summary>
static class CaveatSentences
{
    public static void Announcement(ExplanationWriter w, ExplanationContext c)
    {
        var t = c.Host.Timeline;
        if (t.WithdrawalAnnouncedOn is not { } announced
            || announced > c.Day
            || (t.WithdrawalNotifiedOn is { } n && n <= c.Day))
            return;
        var reported = c.Host.OtherReadings.Any(r => r.Timeline.WithdrawalNotifiedOn <= c.Day);
        var notice = t.WithdrawalNotifiedOn is { } notified
            ? $"{c.HostName} made that notification only on {English.Date(notified)}"
            : reported
            ? $"none had been confirmed by {c.On}"
            : c.Past
            ? $"none had been made by {c.On}"
            : "none has been made as of today";
        w.Say($"{c.HostFirst} announced on {English.Date(announced)} that it would withdraw from the Rome Statute. " +
            "An announcement has no legal effect: a withdrawal takes effect only one year after a written " +
            $"notification to the UN Secretary-General (Art. 127(1)), and {notice}.", LegalBasis.Art127_1);
    }

    public static void OtherReadings(ExplanationWriter w, ExplanationContext c)
    {
        if (c.Decision.Reason is ObligationReason.NoWarrant or ObligationReason.DatesUnknown)
            return;
        foreach (var reading in c.Host.OtherReadings)
        {
            var other = new Country
            {
                Iso3 = c.Host.Iso3,
                Iso2 = c.Host.Iso2,
                Name = c.Host.Name,
                Source = reading.Source,
                Timeline = reading.Timeline,
                Declarations = c.Host.Declarations,
            };
            var decision = ArrestObligationRules.Decide(c.Day, other, c.Facts.Warrants);
            if (decision.Obligation != c.Decision.Obligation || decision.IfIssued != c.Decision.IfIssued)
            {
                w.Say($"Sources disagree on {English.Possessive(c.Host)} treaty record: {reading.Summary}. On that " +
                    $"reading {c.HostName} {AnswerSentences.Conditional(decision.Obligation, c)} on {c.On}, so " +
                    "the answer depends on which source is right.")
                    .MarkContested();
            }
            // Only where the other reading would make "a State Party" (or "not a party") untrue: said in one sentence.
            else if (IsParty(decision.HostStatus) != IsParty(c.Decision.HostStatus))
            {
                w.Say($"Sources disagree on {English.Possessive(c.Host)} treaty record: {reading.Summary}. The " +
                    $"answer is the same on that reading: {c.HostName} " +
                    $"{AnswerSentences.Conditional(decision.Obligation, c)} {Rule(decision.Reason)}.",
                    RuleBasis(decision.Reason));
            }
        }
    }

    static bool IsParty(StatuteStatus status) => status is StatuteStatus.Party or StatuteStatus.PartyWithdrawing;

    static string Rule(ObligationReason reason) => reason switch
    {
        ObligationReason.ContinuingDutyAfterWithdrawal => "all the same, because the investigation had been opened " +
            "while it was a party (Art. 127(2))",
        ObligationReason.StatePartyWithdrawalPending => "as a State Party whose withdrawal had not yet taken effect " +
            "(Art. 127(1))",
        ObligationReason.StatePartyInForce => "as a State Party",
        _ => "",
    };

    static string[] RuleBasis(ObligationReason reason) => reason switch
    {
        ObligationReason.ContinuingDutyAfterWithdrawal => [LegalBasis.Art127_2],
        ObligationReason.StatePartyWithdrawalPending => [LegalBasis.Art127_1],
        _ => [],
    };
}
