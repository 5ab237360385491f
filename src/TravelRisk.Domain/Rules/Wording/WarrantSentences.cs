using TravelRisk.Domain.Cases;

namespace TravelRisk.Domain.Rules.Wording;

/// <summary>Which warrants the answer rests on: every one in force that day, how each that ended
/// ended, and sealed ones.</summary>
static class WarrantSentences
{
    public static void Write(ExplanationWriter w, ExplanationContext c)
    {
        switch (c.Decision.Reason)
        {
            case ObligationReason.NoWarrant or ObligationReason.DatesUnknown:
                return;
            case ObligationReason.WarrantNotYetIssued:
                FirstWarrant(w, c);
                return;
            case ObligationReason.WarrantNoLongerOutstanding:
                Endings(w, c);
                return;
            case ObligationReason.WarrantIssueDateUncertain:
                Uncertain(w, c);
                return;
        }

        var outstanding = c.OutstandingWarrants;
        if (outstanding.Count == 0)
            return;
        w.Say($"{English.Capitalise(c.Short)} {(c.Past ? "was" : "is")} wanted under {Describe(outstanding)}.");
        if (!c.IsDuty)
            return;

        var sealedWarrants = outstanding.Where(x => x.Warrant.SealedOn(c.Day)).ToList();
        foreach (var sealedWarrant in sealedWarrants)
        {
            var which = outstanding.Count == 1 ? "That warrant" : $"The warrant {IssuedPhrase(sealedWarrant.Warrant)}";
            var shows = c.FindingShowsRequest ? "as its later finding shows" : "as the arrest shows";
            w.Say(c.RequestReceived
                ? $"{which} was still under seal on {c.On} (the Court made it public on " +
                    $"{English.Date(sealedWarrant.Warrant.PublicOn)}), but the Court had sent {c.HostName} its " +
                    $"request, {shows}."
                : $"{which} was still under seal on {c.On}; the Court made it public on " +
                    $"{English.Date(sealedWarrant.Warrant.PublicOn)}.");
        }
        if (sealedWarrants.Count > 0 && !c.RequestReceived)
            SealedCaveat(w, c);
        if (sealedWarrants.Count > 0)
            Execution(w, c);

        if (outstanding.Any(x => x.Warrant.Offences == WarrantOffences.AdministrationOfJustice))
        {
            w.Say("The warrant concerns offences against the administration of justice (Art. 70). For these, " +
                "the Court requests cooperation under Rule 167 of its Rules of Procedure and Evidence, and " +
                "the requested State provides it under the conditions of its own law (Art. 70(2)).",
                LegalBasis.Rule167, LegalBasis.Art70_2);
        }
    }

    /// <summary>A sealed warrant binds a State only once it has the Court's request, which may go
    /// to some States only.</summary>
    public static void SealedCaveat(ExplanationWriter w, ExplanationContext c)
    {
        var at = w.Count;
        w.Say("The Court may send a sealed warrant to some States only. A State's duty to arrest arises when it " +
            "receives the Court's request for arrest and surrender or for provisional arrest (Arts. 59(1), 89(1) " +
            $"and 92), and TravelRisk does not know whether {c.HostName} received one.",
            LegalBasis.Art59_1, LegalBasis.Art89_1, LegalBasis.Art92);
        w.MarkCaveats(at);
    }

    /// <summary>What the host did with the request: "Germany executed the Court's request: it arrested
    /// … and surrendered …".</summary>
    static void Execution(ExplanationWriter w, ExplanationContext c)
    {
        if (c.HostExecution is not { On: { } surrendered } execution)
            return;
        var later = c.ExecutedByHost ? "" : "later ";
        var arrest = execution.ArrestedOn is { } arrested && arrested != surrendered
            ? $"it arrested {c.Short} under the warrant on {English.Date(arrested)} and surrendered {c.Short} to " +
                $"the Court on {English.Date(surrendered)}"
            : $"it surrendered {c.Short} to the Court on {English.Date(surrendered)}";
        w.Say($"{c.HostFirst} {later}executed the Court's request: {arrest}.");
    }

    /// <summary>"an ICC arrest warrant issued on 17 March 2023 in the Situation in Ukraine (ICC-01/22)".</summary>
    public static string Describe(IReadOnlyList<WarrantCase> warrants)
    {
        var groups = warrants.GroupBy(x => x.Situation.Code).ToList();
        var count = warrants.Count == 1
            ? "an ICC arrest warrant"
            : $"{English.Number(warrants.Count)} ICC arrest warrants";
        var parts = groups
            .Select(g => $"{IssuedPhrases([.. g.Select(x => x.Warrant)])} in the " +
                $"{English.Situation(g.First().Situation)}")
            .ToList();
        return $"{count} {English.List(parts)}";
    }

    /// <summary>"issued on 4 March 2009 and 12 July 2010", or each warrant's phrase when some
    /// dates are not known.</summary>
    public static string IssuedPhrases(IReadOnlyList<Warrant> warrants) =>
        warrants.All(w => w.IssuedOn is not null)
            ? "issued on " + English.List([.. warrants.Select(w => English.Date(w.IssuedOn!.Value))])
            : English.List([.. warrants.Select(IssuedPhrase)]);

    /// <summary>"issued on 4 March 2009", or for a sealed warrant of unknown date "issued under seal no
    /// later than 28 July 2023".</summary>
    public static string IssuedPhrase(Warrant warrant) =>
        (warrant.IssuedOn, warrant.IssuedNotBefore, warrant.IssuedNoLaterThan) switch
        {
            ({ } on, _, _) => $"issued on {English.Date(on)}",
            (null, { } from, { } to) => $"issued under seal {English.Between(from, to)}",
            (null, _, { } to) => $"issued under seal no later than {English.Date(to)}",
            _ => $"issued under seal on a date not made public (it was unsealed on {English.Date(warrant.PublicOn)})",
        };

    static void FirstWarrant(ExplanationWriter w, ExplanationContext c)
    {
        var known = c.Facts.Warrants.Where(x => x.Warrant.KnownFrom is not null).ToList();
        var first = known.MinBy(x => x.Warrant.KnownFrom);
        if (first.Warrant is not null)
            w.Say($"{(known.Count == 1 ? "The warrant" : "The first")} was {IssuedPhrase(first.Warrant)} in " +
                $"the {English.Situation(first.Situation)}.");
    }

    static void Uncertain(ExplanationWriter w, ExplanationContext c)
    {
        var uncertain = c.DecidingWarrant!.Value;
        var warrant = uncertain.Warrant;
        w.Say($"The ICC arrest warrant for {c.Short} in the {English.Situation(uncertain.Situation)} was " +
            $"{IssuedPhrase(warrant)}" +
            (warrant.PublicOn is { } published ? $" and made public on {English.Date(published)}" : "") +
            $"; the exact day is not public, so it may or may not have existed on {c.On}.");
    }

    static void Endings(ExplanationWriter w, ExplanationContext c)
    {
        var ended = c.Facts.Warrants
            .Select(x =>
                (Case: x, Ending: x.Warrant.Events.Where(e => e.On <= c.Day).OrderBy(e => e.On).LastOrDefault()))
            .Where(x => x.Ending is not null)
            .GroupBy(x => (x.Case.Situation.Code, x.Ending!.On, x.Ending.Ending));
        foreach (var group in ended)
        {
            var cases = group.Select(x => x.Case).ToList();
            var noun = cases.Count == 1 ? "The warrant" : "The warrants";
            var issued = IssuedPhrases([.. cases.Select(x => x.Warrant)]);
            var (phrase, basis) = Ending(group.Key.Ending, c.Short);
            w.Say(group.Key.Ending == WarrantEnding.CaseInadmissible
                ? $"On {English.Date(group.Key.On)} {phrase}. No decision withdrawing the warrant {issued} in " +
                    $"the {English.Situation(cases[0].Situation)} has been found, and a decision of inadmissibility " +
                    "can be reviewed if new facts arise (Art. 19(10))."
                : $"{noun} {issued} in the {English.Situation(cases[0].Situation)} ended on " +
                    $"{English.Date(group.Key.On)}: {phrase}.", basis);
        }
    }

    static (string Phrase, string[] Basis) Ending(WarrantEnding ending, string person) => ending switch
    {
        WarrantEnding.Surrendered => ($"{English.Capitalise(person)} was surrendered to the Court", []),
        WarrantEnding.ProceedingsTerminatedAfterDeath =>
            ($"the Court terminated the proceedings after {English.Possessive(person)} death was confirmed", []),
        WarrantEnding.CaseInadmissible =>
            ($"the Court declared the case against {person} inadmissible before it " +
                "(Arts. 17 and 19)", [LegalBasis.Art17And19]),
        WarrantEnding.CeasedToHaveEffect => ("the Court decided that the warrant ceased to have effect", []),
        _ => ("the warrant was withdrawn", []),
    };
}
