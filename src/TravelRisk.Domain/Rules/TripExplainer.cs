using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules.Wording;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Domain.Rules;

/// <summary>
/// Explains a trip's assessment: what kind of trip it was (made, planned, called off), the deciding day's
/// explanation, the airspace it crossed, and what the Court later found about it (Art. 87(7)).
/// </summary>
public static class TripExplainer
{
    /// <summary>Explains <paramref name="result"/>, the assessment of <paramref name="trip"/>.</summary>
    /// <param name="trip">The trip, with its legs.</param>
    /// <param name="result">Its assessment by <see cref="TripAssessor"/>.</param>
    /// <param name="facts">The person, their warrants, every State and today.</param>
    /// <param name="findings">The Court's findings on this trip.</param>
    public static Explanation Explain(Trip trip, TripDecision result, ExplanationFacts facts, IReadOnlyList<Finding> findings)
    {
        var w = new ExplanationWriter();
        var deciding = facts.Countries[result.CountryIso3];
        if (result.Day is not { } day)
        {
            w.Say("The dates of this trip are not known, so no day can be assessed.");
            return w.ToExplanation();
        }

        var c = new ExplanationContext(result.Decision, day, deciding, facts);
        if (Status(w, trip, c))
            c = c with { PersonNamed = true };
        if (result.Leg is { } leg)
            w.Say($"The strongest obligation on this trip arose in {c.HostName}, {(leg == LegKind.Transit ? "a transit stop" : "a further visit")}, on {c.On}.");
        ObligationExplainer.Write(w, c);
        Overflights(w, trip, result, c);
        // Undated decisions last: a referral decided after the finding is usually the one not dated here.
        var noted = new HashSet<string>();
        foreach (var finding in findings.OrderBy(f => f.DecidedOn is null).ThenBy(f => f.DecidedOn))
        {
            Finding(w, finding, c, followsFinding: !noted.Add($"{finding.CountryIso3}:{finding.Kind}"));
        }
        return w.ToExplanation();
    }

    /// <returns>Whether a sentence was written (and named the person).</returns>
    static bool Status(ExplanationWriter w, Trip trip, ExplanationContext c)
    {
        var person = c.Person;
        var hadCome = $"The assessment says what {c.HostName} would have had to do had {c.Short} come.";
        switch (trip.Status)
        {
            case TripStatus.Planned when !c.Past:
                w.Say($"This trip by {person} is planned and has not happened yet. The assessment says what {c.HostName} will have to do if {c.Short} comes.");
                return true;
            case TripStatus.Planned:
                w.Say($"This trip by {person} was recorded as planned and its dates have passed; whether it took place has not been recorded. {hadCome}");
                return true;
            case TripStatus.Cancelled:
                w.Say($"{person} did not make this trip: it was cancelled. {hadCome}");
                return true;
            case TripStatus.Virtual:
                w.Say($"{person} took part by video and did not travel. {hadCome}");
                return true;
            case TripStatus.Delegated:
                w.Say($"{person} stayed away and sent a representative. {hadCome}");
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Airspace is territory (Chicago Convention, Arts. 1 and 2), but no chamber has ruled that a State Party must
    /// make an aircraft land, so an overflight never decides the trip; it is contested only where it would.
    /// </summary>
    static void Overflights(ExplanationWriter w, Trip trip, TripDecision result, ExplanationContext c)
    {
        var crossed = trip.Legs.Where(l => l.Kind == LegKind.Overflight).Select(l => l.CountryIso3).Distinct().ToList();
        if (crossed.Count == 0)
            return;
        var names = crossed.Select(iso3 => English.Name(c.Facts.Countries[iso3])).ToList();
        w.Say($"The flight crossed the airspace of {English.List(names)}. Airspace is part of a State's territory, but the Court has never ruled whether a State Party must make an aircraft carrying a wanted person land, " +
            "so TravelRisk does not count an overflight as a visit.", LegalBasis.ChicagoConvention);

        var stronger = crossed.Where(iso3 => ArrestObligationRules.Decide(c.Day, c.Facts.Countries[iso3], c.Facts.Warrants).Strength > result.Decision.Strength)
            .Select(iso3 => English.Name(c.Facts.Countries[iso3])).ToList();
        if (stronger.Count > 0)
        {
            w.Say($"Here the point matters: counted as a visit, the overflight would have put {English.List(stronger)} under a stronger obligation, so the answer for this trip is contested.")
                .MarkContested();
        }
    }

    static void Finding(ExplanationWriter w, Finding finding, ExplanationContext c, bool followsFinding)
    {
        var state = English.Name(c.Facts.Countries[finding.CountryIso3]);
        var chamber = finding.Chamber ?? "A chamber of the Court";
        var when = finding.DecidedOn is { } on ? $"on {English.Date(on)}" : "in a decision whose date is not recorded here";
        var document = finding.Document is { } d ? $"ICC {finding.Chamber}, {d}" : $"ICC {finding.Chamber}, finding on {c.Facts.Countries[finding.CountryIso3].Name}";
        var citation = finding.DecidedOn is { } date ? $"{document}, {English.Date(date)}" : document;
        switch (finding.Kind)
        {
            case FindingKind.NonCompliance when followsFinding:
                w.Say(ReferredTo(finding) is { } target
                    ? $"{chamber} then referred the matter to {target}, {when} (Art. 87(7))."
                    : $"{chamber} made a further finding of non-compliance against {state}, {when} (Art. 87(7)).", LegalBasis.Art87_7, citation);
                break;
            case FindingKind.NonCompliance:
                w.Say($"{chamber} later found, {when}, that {state} had failed to comply with the Court's request to arrest and surrender {c.Short} during this visit (Art. 87(7)){(ReferredTo(finding) is { } to ? $", and referred the matter to {to}" : "")}.",
                    LegalBasis.Art87_7, citation);
                break;
            case FindingKind.NoFinding:
                w.Say($"{chamber} decided, {when}, not to make a finding of non-compliance against {state} over this visit (Art. 87(7)).", LegalBasis.Art87_7, citation);
                break;
            case FindingKind.ReferralReversed:
                w.Say($"On appeal, the {chamber} {when} upheld the finding that {state} had failed to comply, but reversed its referral to the Assembly of States Parties and the Security Council.", citation);
                break;
        }
    }

    static string? ReferredTo(Finding finding) => finding.ReferredTo switch
    {
        ["ASP"] => "the Assembly of States Parties",
        ["UNSC"] => "the UN Security Council",
        ["UNSC", "ASP"] or ["ASP", "UNSC"] => "the UN Security Council and the Assembly of States Parties",
        _ => null,
    };
}
