using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules.Wording;

namespace TravelRisk.Domain.Rules;

/// <summary>
/// Writes the explanation of a <see cref="Decision"/>: the answer first, then the warrants, the host's status and
/// the rule that applies, then only those caveats that could change the answer. Every sentence cites what it
/// relies on, and nothing else is cited. Pure: today is an argument (<see cref="ExplanationFacts.Today"/>),
/// so a day still to come is told as a forecast and a past one as history.
/// </summary>
public static class ObligationExplainer
{
    /// <summary>
    /// Explains <paramref name="decision"/>, made for <paramref name="host"/> on <paramref name="day"/>.
    /// </summary>
    public static Explanation Explain(Decision decision, DateOnly day, Country host, ExplanationFacts facts)
    {
        var w = new ExplanationWriter();
        Write(w, new ExplanationContext(decision, day, host, facts));
        return w.ToExplanation();
    }

    internal static void Write(ExplanationWriter w, ExplanationContext c)
    {
        var answer = w.Count;
        AnswerSentences.Write(w, c);
        w.MarkAnswer(answer);
        WarrantSentences.Write(w, c);
        if (c.Decision.Reason == ObligationReason.WarrantIssueDateUncertain)
            WritePossible(w, c);
        else
            HostSentences.Write(w, c);
        var caveats = w.Count;
        CaveatSentences.Announcement(w, c);
        CaveatSentences.OtherReadings(w, c);
        w.MarkCaveats(caveats);
        NonPartySentences.Write(w, c);
        var immunity = w.Count;
        ImmunitySentences.Write(w, c);
        w.MarkCaveats(immunity);
        FindingSentences.Write(w, c);
    }

    /// <summary>For a day the warrant may not yet have existed: what the answer would be if it had.</summary>
    static void WritePossible(ExplanationWriter w, ExplanationContext c)
    {
        var possible = ArrestObligationRules.DecideAsIssued(c.Day, c.Host, c.DecidingWarrant!.Value) with
        {
            WarrantIndex = c.Decision.WarrantIndex
        };
        var sealedThen = c.DecidingWarrant!.Value.Warrant.PublicOn > c.Day
            && Wording.Obligations.IsDuty(possible.Obligation);
        var at = w.Count;
        w.Say($"Had it been issued by then, {c.HostName} {AnswerSentences.Conditional(possible.Obligation, c)}" +
            (sealedThen
                ? ", once it received the Court's request: the warrant would still have been under seal."
                : "."));
        w.MarkCaveats(at);
        if (sealedThen)
            WarrantSentences.SealedCaveat(w, c);
        HostSentences.Write(w, c.With(possible));
    }
}
