using TravelRisk.Domain.Cases;

namespace TravelRisk.Domain.Rules.Wording;

/// <summary>
/// What the Court later decided about the visit (Art. 87(7)): a finding of non-compliance and whom it referred the
/// matter to (or that it did not), a decision not to make one, a referral reversed on appeal.
/// </summary>
static class FindingSentences
{
    public static void Write(ExplanationWriter w, ExplanationContext c)
    {
        var visit = c.IsTrip ? "during this visit" : "during a visit that included this day";
        // Undated decisions last: a referral decided after the finding is usually the one not dated here.
        var findings = c.Findings.OrderBy(f => (f.DecidedOn ?? f.PublicOn) is null)
            .ThenBy(f => f.DecidedOn ?? f.PublicOn)
            .ToList();
        var told = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var state = English.Name(c.Facts.Countries[finding.CountryIso3]);
            var when = When(finding);
            var citation = Citation(finding, c);
            var immunity = finding.OnImmunity is { } held ? $" It held that {held}." : "";
            switch (finding.Kind)
            {
                case FindingKind.NonCompliance when !told.Add($"{finding.CountryIso3}:found"):
                    w.Say(ReferredTo(finding) is { } target
                        ? $"{Chamber(finding)} then referred the matter to {target}, {when} (Art. 87(7))."
                        : $"{Chamber(finding)} made a further finding of non-compliance against {state}, {when} " +
                            "(Art. 87(7)).", LegalBasis.Art87_7, citation);
                    break;
                case FindingKind.NonCompliance:
                    var referral = ReferredTo(finding) is { } to ? $", and referred the matter to {to}"
                        : findings.Any(f =>
                            f != finding && f.CountryIso3 == finding.CountryIso3 && ReferredTo(f) is not null) ? ""
                        : ", without referring the matter to the Assembly of States Parties or the Security Council";
                    w.Say($"{Chamber(finding)} later found, {when}, that {state} had failed to comply with " +
                        $"the Court's request to arrest and surrender {c.Short} {visit} " +
                        $"(Art. 87(7)){referral}.{immunity}",
                        LegalBasis.Art87_7, citation);
                    break;
                case FindingKind.PresenceReported:
                    var later = After(finding, c.Day) ? " later" : "";
                    w.Say($"{Chamber(finding)}{later} informed " +
                        $"{ReferredTo(finding) ?? "the Assembly of States Parties"}, {when}, " +
                        $"of {English.Possessive(c.Short)} presence in {state} {visit}, \"in order for them to take " +
                        $"any measure they may deem appropriate\"; it made no finding that {state} had failed to " +
                        "comply with the Court's request.", citation);
                    break;
                case FindingKind.NoFinding:
                    w.Say($"{Chamber(finding)} decided, {when}, not to make a finding of non-compliance against " +
                        $"{state} over the visit (Art. 87(7)).", LegalBasis.Art87_7, citation);
                    break;
                case FindingKind.ReferralReversed:
                    w.Say($"On {English.Possessive(state)} appeal, the {finding.Chamber ?? "Appeals Chamber"} {when} " +
                        "upheld the finding that it had failed to comply, but reversed the referral.", citation);
                    break;
            }
        }
    }

    /// <summary>"of 24 October 2024" or ", made public on 24 July 2025,": the finding's
    /// date inside a sentence.</summary>
    public static string Of(Finding finding) => finding.DecidedOn is { } on
        ? $"of {English.Date(on)}"
        : finding.PublicOn is { } published
        ? $"(made public on {English.Date(published)})"
        : "(date not recorded here)";

    /// <summary>Whether the finding came after the day: "later held".</summary>
    public static bool After(Finding finding, DateOnly day) =>
        (finding.DecidedOn ?? finding.PublicOn) is not { } on || on > day;

    static string When(Finding finding) => finding.DecidedOn is { } on
        ? $"on {English.Date(on)}"
        : finding.PublicOn is { } published
        ? $"in a decision made public on {English.Date(published)}"
        : "in a decision whose date is not recorded here";

    static string Chamber(Finding finding) => finding.Chamber ?? "A chamber of the Court";

    /// <summary>The decision as a citation: its document where recorded, otherwise the chamber,
    /// the State and the date.</summary>
    public static string Citation(Finding finding, ExplanationContext c)
    {
        var state = c.Facts.Countries[finding.CountryIso3].Name;
        var document = finding.Document ?? (finding.Kind == FindingKind.PresenceReported
            ? $"decision informing {ReferredTo(finding) ?? "the Assembly of States Parties"} about {c.Person}'s " +
                $"presence in {state}"
            : $"finding under article 87(7) on {state}");
        var date = finding.DecidedOn is { } on
            ? English.Date(on)
            : finding.PublicOn is { } published
            ? $"made public {English.Date(published)}"
            : "date not recorded";
        return $"ICC {finding.Chamber}, {document}, {date}";
    }

    static string? ReferredTo(Finding finding) => finding.ReferredTo switch
    {
        ["ASP"] => "the Assembly of States Parties",
        ["UNSC"] => "the UN Security Council",
        ["UNSC", "ASP"] or ["ASP", "UNSC"] => "the UN Security Council and the Assembly of States Parties",
        _ => null,
    };
}
