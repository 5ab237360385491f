using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;

namespace TravelRisk.Domain.Rules;

/// <summary>
/// For a person (their warrants), a host State and a day: what must the host do? Pure: every fact and the day are
/// arguments; nothing reads a clock, a database or configuration. Allocation-free, so the hot path (risk map,
/// trip lists) can assess every State for every day it needs. See docs/legal-rules.md for the law behind each rule.
/// </summary>
public static class ArrestObligationRules
{
    /// <summary>
    /// Applies the rules in order (docs/legal-rules.md): not wanted; State Party; continuing duty after withdrawal
    /// (Art. 127(2)); Security Council obligation; Art. 12(3) declaration; no treaty obligation. With several
    /// outstanding warrants, the strongest obligation wins.
    /// </summary>
    /// <remarks>
    /// A warrant whose issue date is unknown (sealed, unsealed later) counts from the latest day it can have been
    /// issued. On a day before that but after the earliest, it may or may not have existed: when it would have given
    /// a stronger answer than the warrants certainly in force, the answer is <see cref="Obligation.Undetermined"/>.
    /// </remarks>
    public static Decision Decide(DateOnly day, Country host, ReadOnlySpan<WarrantCase> warrants)
    {
        var hostStatus = host.Timeline.StatusOn(day);
        var best = NotWanted(day, warrants, hostStatus);
        Decision? uncertain = null;

        for (var i = 0; i < warrants.Length; i++)
        {
            var warrant = warrants[i];
            var issue = warrant.Warrant.IssueOn(day, warrant.Situation.InvestigationOpenedOn);
            if (issue == WarrantIssue.Uncertain)
            {
                var possible = DecideFor(day, host, hostStatus, warrant.Situation);
                if (uncertain is not { } u || possible.Obligation > u.IfIssued)
                    uncertain = new Decision(
                        Obligation.Undetermined,
                        ObligationReason.WarrantIssueDateUncertain,
                        hostStatus,
                        i,
                        possible.DeclarationIndex,
                        possible.Obligation);
                continue;
            }
            if (issue == WarrantIssue.NotYetIssued || !warrant.Warrant.IsOutstandingOn(day))
                continue;

            var decision = DecideFor(day, host, hostStatus, warrant.Situation) with { WarrantIndex = i };
            if (best.WarrantIndex < 0 || decision.Obligation > best.Obligation)
                best = decision;
            if (best.Obligation == Obligation.ArrestRequired)
                return best;
        }

        return uncertain is { } possibly && possibly.IfIssued > best.Obligation ? possibly : best;
    }

    /// <summary>
    /// What the host would have to do on <paramref name="day"/> under this one warrant, taken as issued and
    /// outstanding: the explanation of an uncertain day says what the answer would be if the warrant existed.
    /// </summary>
    public static Decision DecideAsIssued(DateOnly day, Country host, WarrantCase warrant) =>
        DecideFor(day, host, host.Timeline.StatusOn(day), warrant.Situation);

    static Decision DecideFor(DateOnly day, Country host, StatuteStatus status, Situation situation)
    {
        switch (status)
        {
            case StatuteStatus.Party:
                return new(Obligation.ArrestRequired, ObligationReason.StatePartyInForce, status);
            case StatuteStatus.PartyWithdrawing:
                return new(Obligation.ArrestRequired, ObligationReason.StatePartyWithdrawalPending, status);
            case StatuteStatus.Withdrawn when OpenedBeforeWithdrawal(host.Timeline, situation):
                return new(Obligation.ArrestRequired, ObligationReason.ContinuingDutyAfterWithdrawal, status);
        }

        if (situation.ReferralKind == ReferralKind.SecurityCouncil && Binds(situation, host.Iso3))
            return new(Obligation.SecurityCouncilObligation, ObligationReason.SecurityCouncilResolution, status);

        if (CoveringDeclaration(day, host.Declarations, situation) is var index and >= 0)
            return new(
                Obligation.Article12_3Declaration,
                ObligationReason.Article12_3Declaration,
                status,
                DeclarationIndex: index);

        var reason = status switch
        {
            StatuteStatus.PartyNotYetInForce => ObligationReason.NotYetInForce,
            StatuteStatus.Withdrawn => ObligationReason.WithdrawnNoContinuingDuty,
            StatuteStatus.Signatory => ObligationReason.SignatoryNotRatified,
            _ when host.Timeline.SignedOn is not null => ObligationReason.SignatureWithdrawn,
            _ => ObligationReason.NeverSigned,
        };
        return new(Obligation.NoTreatyObligation, reason, status);
    }

    static Decision NotWanted(DateOnly day, ReadOnlySpan<WarrantCase> warrants, StatuteStatus hostStatus)
    {
        if (warrants.IsEmpty)
            return new(Obligation.NotWanted, ObligationReason.NoWarrant, hostStatus);

        foreach (var warrant in warrants)
        {
            if (warrant.Warrant.StatusOn(day) is not null)
                return new(Obligation.NotWanted, ObligationReason.WarrantNoLongerOutstanding, hostStatus);
        }
        return new(Obligation.NotWanted, ObligationReason.WarrantNotYetIssued, hostStatus);
    }

    /// <summary>Art. 127(2): the investigation must have been opened before the withdrawal took effect.</summary>
    static bool OpenedBeforeWithdrawal(StatuteTimeline timeline, Situation situation) =>
        situation.InvestigationOpenedOn is { } opened
        && timeline.WithdrawalTakesEffectOn is { } effective
        && opened < effective;

    static bool Binds(Situation situation, string iso3)
    {
        foreach (var bound in situation.BoundIso3)
        {
            if (bound == iso3)
                return true;
        }
        return false;
    }

    /// <summary>
    /// The declaration lodged by <paramref name="day"/> for this situation whose period reaches furthest (an
    /// open-ended one first), provided that period reaches the situation's crimes; -1 when there is none.
    /// </summary>
    static int CoveringDeclaration(DateOnly day, List<Article12_3Declaration> declarations, Situation situation)
    {
        var best = -1;
        for (var i = 0; i < declarations.Count; i++)
        {
            var declaration = declarations[i];
            if (declaration.SituationCode != situation.Code || declaration.LodgedOn is not { } lodged || lodged > day)
                continue;
            if (declaration.CoversTo is { } to && situation.CrimesFrom is { } from && to < from)
                continue;
            if (best < 0 || ReachesFurther(declaration, declarations[best]))
                best = i;
        }
        return best;
    }

    static bool ReachesFurther(Article12_3Declaration candidate, Article12_3Declaration current) =>
        current.CoversTo is { } currentEnd && (candidate.CoversTo is not { } candidateEnd || candidateEnd > currentEnd);
}
