using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules.Wording;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Domain.Rules;

/// <summary>
/// Explains a trip's assessment: what kind of trip it was (made, planned, called off), the deciding day's
/// explanation, the other stops and the airspace crossed, and what the Court later found about it (Art. 87(7)).
/// </summary>
public static class TripExplainer
{
    /// <summary>Explains <paramref name="result"/>, the assessment of <paramref name="trip"/>.</summary>
    /// <param name="trip">The trip, with its legs.</param>
    /// <param name="result">Its assessment by <see cref="TripAssessor"/>.</param>
    /// <param name="facts">The person, their warrants, every State and today.</param>
    /// <param name="findings">The Court's findings on this trip.</param>
    /// <param name="representative">Who went instead, for a Delegated trip.</param>
    public static Explanation Explain(
        Trip trip,
        TripDecision result,
        ExplanationFacts facts,
        IReadOnlyList<Finding> findings,
        string? representative = null)
    {
        var w = new ExplanationWriter();
        var deciding = facts.Countries[result.CountryIso3];
        var c = new ExplanationContext(result.Decision, result.Day ?? facts.Today, deciding, facts)
        {
            IsTrip = true,
            Findings = findings
        };
        if (Status(w, trip, c, representative))
            c = c with { PersonNamed = true };
        if (result.Day is null)
        {
            Undated(w, trip, c);
            return w.ToExplanation();
        }

        if (result.Leg is { } leg)
            w.Say($"The strongest obligation on this trip arose in {c.HostName}, " +
                $"{(leg == LegKind.Transit ? "a transit stop" : "a further visit")}, on {c.On}.");
        ObligationExplainer.Write(w, c);
        OtherStops(w, trip, result, c);
        Overflights(w, trip, result, c);
        return w.ToExplanation();
    }

    /// <returns>Whether a sentence was written (and named the person).</returns>
    static bool Status(ExplanationWriter w, Trip trip, ExplanationContext c, string? representative)
    {
        var person = c.Person;
        var host = English.Name(c.Facts.Countries[trip.HostIso3]);
        var dated = trip.StartDate is not null || trip.EndDate is not null;
        var hadCome = dated ? $" The assessment says what {c.HostName} would have had to do had {c.Short} come." : "";
        switch (trip.Status)
        {
            case TripStatus.Planned when trip.Confidence == Confidence.Low && (!dated || !c.Past):
                w.Say($"{person} may travel to {host}: the trip is recorded as planned, but it has not been " +
                    "confirmed." +
                    (dated ? $" The assessment says what {c.HostName} will have to do if {c.Short} comes." : ""));
                return true;
            case TripStatus.Planned when dated && !c.Past:
                w.Say($"This trip by {person} to {host} is planned and has not happened yet. The assessment says " +
                    $"what {c.HostName} will have to do if {c.Short} comes.");
                return true;
            case TripStatus.Planned:
                w.Say($"This trip by {person} to {host} was recorded as " +
                    $"planned{(dated ? " and its dates have passed" : "")}; whether it took place has not been " +
                    $"recorded.{hadCome}");
                return true;
            case TripStatus.Cancelled:
                w.Say($"{person} did not make this trip to {host}: it was called off.{hadCome}");
                return true;
            case TripStatus.Virtual:
                w.Say($"{person} took part by video and did not travel to {host}.{hadCome}");
                return true;
            case TripStatus.Delegated:
                w.Say($"{person} stayed away from {host} and sent {representative ?? "a representative"} " +
                    $"instead.{hadCome}");
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// No day is known. The host's answer can change only on a date in its record or a warrant's; if it is the same on
    /// each of those days from the first warrant to today, it is the same whatever the day, and that is worth saying.
    /// </summary>
    static void Undated(ExplanationWriter w, Trip trip, ExplanationContext c)
    {
        var host = c.Facts.Countries[trip.HostIso3];
        var days = Turns(host, c.Facts).ToList();
        var decisions = days.Select(d => ArrestObligationRules.Decide(d, host, c.Facts.Warrants)).ToList();
        var name = c.PersonNamed ? c.Short : c.Person;
        w.Say($"The dates of {(c.PersonNamed ? "the trip" : $"this trip by {name} to {English.Name(host)}")} are not " +
            "known, so no single day can be assessed.");
        if (days.Count == 0
            || decisions.Any(d => d.Reason != decisions[0].Reason)
            || decisions[0].Obligation <= Obligation.NotWanted)
            return;
        var since = English.Date(days[0]);
        var one = new ExplanationContext(decisions[0], c.Facts.Today, host, c.Facts) { PersonNamed = true };
        w.Say(Obligations.IsDuty(decisions[0].Obligation)
            ? $"Whatever the day since the first warrant ({since}), {English.Name(host)} was obliged to arrest and " +
                $"surrender {c.Short} to the Court if {c.Short} was on its territory."
            : $"Whatever the day since the first warrant ({since}), {English.Name(host)} had no legal obligation to " +
                $"arrest {c.Short} for the Court.");
        HostSentences.Write(w, one);
        NonPartySentences.Write(w, one);
    }

    static IEnumerable<DateOnly> Turns(Country host, ExplanationFacts facts)
    {
        if (facts.Warrants.Select(x => x.Warrant.KnownFrom).Where(d => d is not null).Min() is not { } first
            || first > facts.Today)
            yield break;
        var t = host.Timeline;
        DateOnly?[] dates = [
            t.SignedOn, t.DepositedOn, t.InForceOn, t.WithdrawalNotifiedOn, t.WithdrawalTakesEffectOn,
            t.WithdrawalRevokedOn, t.SignatureWithdrawnOn,
            .. host.Declarations.Select(d => d.LodgedOn),
            .. facts.Warrants.SelectMany(x => x.Warrant.Events.Select(e => e.On)),
            .. facts.Warrants.Select(x => x.Warrant.KnownFrom)];
        foreach (var day in dates.OfType<DateOnly>()
            .Where(d => d > first && d <= facts.Today)
            .Append(first)
            .Append(facts.Today)
            .Distinct()
            .Order())
            yield return day;
    }

    static void OtherStops(ExplanationWriter w, Trip trip, TripDecision result, ExplanationContext c)
    {
        var others = trip.Legs.Where(l => l.Kind != LegKind.Overflight && l.CountryIso3 != result.CountryIso3)
            .Select(l => (Name: English.Name(c.Facts.Countries[l.CountryIso3]), l.Kind)).Distinct().ToList();
        if (result.Leg is not null && trip.HostIso3 != result.CountryIso3)
            others.Insert(0, (English.Name(c.Facts.Countries[trip.HostIso3]), LegKind.Visit));
        if (others.Count == 0)
            return;
        var stops =
            English.List([.. others.Select(o => o.Kind == LegKind.Transit ? $"a transit stop in {o.Name}" : o.Name)]);
        w.Say($"The trip also took {c.Short} to {stops}, where the obligation was no stronger.");
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
        w.Say($"The flight crossed the airspace of {English.List(names)}. Airspace is part of a State's territory, " +
            "but no chamber of the Court has ruled, as far as TravelRisk has found, whether a State Party must make " +
            "an aircraft carrying a wanted person land, so TravelRisk does not count an overflight as " +
            "a visit.", LegalBasis.ChicagoConvention);

        var stronger = crossed
            .Where(iso3 =>
                ArrestObligationRules.Decide(c.Day, c.Facts.Countries[iso3], c.Facts.Warrants).Strength
                    > result.Decision.Strength)
            .Select(iso3 => English.Name(c.Facts.Countries[iso3])).ToList();
        if (stronger.Count > 0)
        {
            w.Say("Here the point matters: counted as visits, the overflights would make this a trip on which " +
                $"{English.List(stronger)} {(stronger.Count == 1 ? "was" : "were")} obliged to arrest {c.Short}, so " +
                "the answer for this trip is contested.")
                .MarkContested();
        }
    }
}
