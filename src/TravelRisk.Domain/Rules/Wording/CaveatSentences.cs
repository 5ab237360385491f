using TravelRisk.Domain.Countries;

namespace TravelRisk.Domain.Rules.Wording;

/// <summary>
/// Facts that could mislead if left unsaid: a withdrawal announced but not notified, and a disputed treaty record,
/// which is stated only when the other reading would change the answer on that day.
/// </summary>
static class CaveatSentences
{
    public static void Write(ExplanationWriter w, ExplanationContext c)
    {
        Announcement(w, c);
        OtherReadings(w, c);
    }

    static void Announcement(ExplanationWriter w, ExplanationContext c)
    {
        var t = c.Host.Timeline;
        if (t.WithdrawalAnnouncedOn is not { } announced || announced > c.Day || (t.WithdrawalNotifiedOn is { } n && n <= c.Day))
            return;
        // Where another reading has a notification by then, say none was confirmed rather than none was made.
        var reported = c.Host.OtherReadings.FirstOrDefault(r => r.Timeline.WithdrawalNotifiedOn <= c.Day);
        var notice = (t.WithdrawalNotifiedOn, reported) switch
        {
            ({ } notified, _) => $"{c.HostName} made that notification only on {English.Date(notified)}",
            (null, { } other) => $"none had been confirmed by {c.On} ({other.Summary})",
            _ => c.Past ? $"none had been made by {c.On}" : "none has been made as of today",
        };
        w.Say($"{c.HostFirst} announced on {English.Date(announced)} that it would withdraw from the Rome Statute. An announcement has no legal effect: " +
            $"a withdrawal takes effect only one year after a written notification to the UN Secretary-General (Art. 127(1)), and {notice}.", LegalBasis.Art127_1);
    }

    static void OtherReadings(ExplanationWriter w, ExplanationContext c)
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
            if (decision.Obligation == c.Decision.Obligation && decision.IfIssued == c.Decision.IfIssued)
                continue;
            w.Say($"Sources disagree on {English.Possessive(c.Host)} treaty record: {reading.Summary}. On that reading {c.HostName} {AnswerSentences.Conditional(decision.Obligation, c)} on {c.On}, so the answer depends on which source is right.")
                .MarkContested();
        }
    }
}
