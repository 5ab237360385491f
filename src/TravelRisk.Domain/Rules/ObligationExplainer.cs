using System.Globalization;
using System.Text;
using TravelRisk.Domain.Countries;

namespace TravelRisk.Domain.Rules;

/// <summary>Writes the explanation of a <see cref="Decision"/>: the facts it used, the rule, and the articles cited.</summary>
public static class ObligationExplainer
{
    /// <summary>
    /// Explains <paramref name="decision"/> for <paramref name="personName"/> in <paramref name="host"/> on <paramref name="day"/>.
    /// <paramref name="holdsTopOffice"/> says whether the person was a sitting head of state or government that day,
    /// which brings in the contested question of immunity under Art. 98(1).
    /// </summary>
    public static Explanation Explain(Decision decision, DateOnly day, Country host, ReadOnlySpan<WarrantCase> warrants, string personName, bool holdsTopOffice)
    {
        var text = new StringBuilder();
        var basis = new List<string>();
        var contested = false;
        var on = Date(day);
        WarrantCase? warrant = decision.WarrantIndex >= 0 ? warrants[decision.WarrantIndex] : null;
        var wanted = warrant is { } w
            ? $"{personName} was wanted under an ICC arrest warrant issued on {Date(w.Warrant.KnownFrom)} in the {w.Situation.Name}. "
            : "";
        var timeline = host.Timeline;

        switch (decision.Reason)
        {
            case ObligationReason.DatesUnknown:
                text.Append($"The dates of this trip are not known, so no day can be assessed. ");
                break;
            case ObligationReason.NoWarrant:
                text.Append($"{personName} is not named in any public ICC arrest warrant, so no State has a duty to arrest {personName} for the Court. ");
                break;
            case ObligationReason.WarrantNotYetIssued:
                text.Append($"On {on}, no ICC arrest warrant for {personName} had yet been issued ({FirstWarrant(warrants)}), so {host.Name} had no duty to arrest. ");
                break;
            case ObligationReason.WarrantNoLongerOutstanding:
                text.Append($"By {on}, every ICC arrest warrant for {personName} had been executed or withdrawn, so none could be executed by {host.Name}. ");
                break;
            case ObligationReason.StatePartyInForce:
                text.Append($"On {on}, {host.Name} was a State Party to the Rome Statute (in force for it since {Date(timeline.InForceOn)}). {wanted}");
                text.Append($"As a State Party, {host.Name} was obliged to arrest and surrender {personName} to the Court if {personName} was on its territory (Art. 86 and 89(1)). ");
                contested = AddArrestBasis(text, basis, holdsTopOffice);
                break;
            case ObligationReason.StatePartyWithdrawalPending:
                text.Append($"On {on}, {host.Name} had notified its withdrawal from the Rome Statute (on {Date(timeline.WithdrawalNotifiedOn)}), but a withdrawal takes effect only one year after notification (Art. 127(1)), here on {Date(timeline.WithdrawalEffectiveOn)}; until then it remains a State Party. {wanted}");
                text.Append($"{host.Name} was therefore obliged to arrest and surrender {personName} (Art. 86 and 89(1)). ");
                basis.Add(LegalBasis.Art127_1);
                contested = AddArrestBasis(text, basis, holdsTopOffice);
                break;
            case ObligationReason.ContinuingDutyAfterWithdrawal:
                text.Append($"{host.Name}'s withdrawal from the Rome Statute took effect on {Date(timeline.WithdrawalEffectiveOn)}. {wanted}");
                text.Append($"Because the investigation of that situation was opened on {Date(warrant!.Value.Situation.InvestigationOpenedOn)}, before the withdrawal took effect, Art. 127(2) keeps {host.Name}'s duty to cooperate with it, including arresting and surrendering {personName}. ");
                text.Append("How far this continuing duty reaches (for example to warrants issued after the withdrawal) has not been settled by the Court and is contested. ");
                basis.Add(LegalBasis.Art127_2);
                basis.Add(LegalBasis.Art89_1);
                contested = true;
                break;
            case ObligationReason.SecurityCouncilResolution:
                var situation = warrant!.Value.Situation;
                text.Append($"{host.Name} was not a State Party on {on}. {wanted}");
                text.Append($"That situation was referred to the Court by the UN Security Council acting under Chapter VII ({situation.Resolution}), and the resolution binds {host.Name} to cooperate fully with the Court, which includes arresting and surrendering {personName}. ");
                basis.Add(LegalBasis.Art13b);
                basis.Add(LegalBasis.UnCharter25);
                if (situation.Resolution is { } resolution)
                    basis.Add($"UN Security Council Resolution {resolution}");
                basis.Add(LegalBasis.Art27);
                basis.Add(LegalBasis.JordanAppeal);
                break;
            case ObligationReason.Article12_3Declaration:
                var declaration = host.Declarations[decision.DeclarationIndex];
                text.Append($"{host.Name} was not a State Party on {on}, but on {Date(declaration.LodgedOn)} it lodged a declaration under Art. 12(3) accepting the Court's jurisdiction over crimes committed {Period(declaration)}. {wanted}");
                text.Append($"A State that accepts jurisdiction this way must cooperate with the Court without delay or exception under Part 9, which includes arresting and surrendering {personName}. ");
                basis.Add(LegalBasis.Art12_3);
                basis.Add(LegalBasis.Rule44);
                basis.Add(LegalBasis.Art89_1);
                break;
            default:
                ExplainNoObligation(decision.Reason, text, basis, host, on, wanted, ref contested);
                break;
        }

        if (host.IsDisputed && decision.Obligation > Obligation.NotWanted)
        {
            text.Append($"Caution: public sources disagree on part of {host.Name}'s treaty record; the data keeps both readings, with their sources. ");
            contested = true;
        }

        return new Explanation(text.ToString().TrimEnd(), basis, contested);
    }

    static void ExplainNoObligation(ObligationReason reason, StringBuilder text, List<string> basis, Country host, string on, string wanted, ref bool contested)
    {
        var timeline = host.Timeline;
        switch (reason)
        {
            case ObligationReason.NeverSigned:
                text.Append($"On {on}, {host.Name} had never signed or joined the Rome Statute. {wanted}A treaty does not bind a State that has not accepted it, so {host.Name} had no treaty obligation to arrest; States that are not parties are only urged to cooperate. ");
                basis.Add(LegalBasis.Vclt34);
                break;
            case ObligationReason.SignatureWithdrawn:
                text.Append($"{host.Name} signed the Rome Statute on {Date(timeline.SignedOn)} but notified on {Date(timeline.SignatureWithdrawnOn)} that it does not intend to become a party, which ends even a signatory's interim obligations. {wanted}It had no treaty obligation to arrest on {on}. ");
                basis.Add(LegalBasis.Vclt34);
                basis.Add(LegalBasis.Vclt18);
                break;
            case ObligationReason.SignatoryNotRatified:
                text.Append($"On {on}, {host.Name} had signed the Rome Statute (on {Date(timeline.SignedOn)}) but not ratified it. {wanted}A signatory is bound only not to defeat the treaty's object and purpose (VCLT Art. 18), which is not read as a duty to arrest; it had no treaty obligation to arrest. Whether harbouring a wanted person could breach Art. 18 is debated. ");
                basis.Add(LegalBasis.Vclt18);
                basis.Add(LegalBasis.Vclt34);
                contested = true;
                break;
            case ObligationReason.NotYetInForce:
                text.Append($"{host.Name} deposited its instrument on {Date(timeline.DepositedOn)}, but the Statute enters into force for it only on {Date(timeline.InForceOn)} (Art. 126(2)). {wanted}On {on} it had no treaty obligation to arrest yet. ");
                basis.Add(LegalBasis.Art126_2);
                basis.Add(LegalBasis.Vclt18);
                break;
            case ObligationReason.WithdrawnNoContinuingDuty:
                text.Append($"{host.Name}'s withdrawal from the Rome Statute took effect on {Date(timeline.WithdrawalEffectiveOn)}. {wanted}The investigation of that situation was not opened before the withdrawal took effect, so the continuing duty of Art. 127(2) does not apply and {host.Name} had no treaty obligation to arrest on {on}. ");
                text.Append("Whether a preliminary examination begun before a withdrawal is enough to keep the duty is contested; the Court has held that its jurisdiction over crimes committed while the State was a party survives the withdrawal. ");
                basis.Add(LegalBasis.Art127_1);
                basis.Add(LegalBasis.Art127_2);
                contested = true;
                break;
        }
    }

    /// <returns>Whether the conclusion rests on the contested immunity question.</returns>
    static bool AddArrestBasis(StringBuilder text, List<string> basis, bool holdsTopOffice)
    {
        basis.Add(LegalBasis.Art86);
        basis.Add(LegalBasis.Art89_1);
        basis.Add(LegalBasis.Art27);
        if (!holdsTopOffice)
        {
            text.Append("Official capacity is no bar to arrest (Art. 27). ");
            return false;
        }

        text.Append("Official capacity, even that of a sitting head of state or government, is no bar (Art. 27), as the Appeals Chamber held in the Jordan appeal in the Al-Bashir case (6 May 2019); some States argue that Art. 98(1) preserves the immunity of a sitting leader of a non-party State, a view the Court has rejected but which remains contested. ");
        basis.Add(LegalBasis.JordanAppeal);
        basis.Add(LegalBasis.Art98_1);
        return true;
    }

    static string FirstWarrant(ReadOnlySpan<WarrantCase> warrants)
    {
        DateOnly? first = null;
        foreach (var warrant in warrants)
        {
            if (warrant.Warrant.KnownFrom is { } from && (first is null || from < first))
                first = from;
        }
        return first is null ? "the date of the first warrant is not known" : $"the first was issued on {Date(first)}";
    }

    static string Period(Article12_3Declaration declaration) => (declaration.CoversFrom, declaration.CoversTo) switch
    {
        ({ } from, { } to) => $"from {Date(from)} to {Date(to)}",
        ({ } from, null) => $"since {Date(from)}",
        _ => "in the period it names",
    };

    static string Date(DateOnly? day) => day is { } d ? d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "an unknown date";
}
