namespace TravelRisk.Domain.Rules.Wording;

/// <summary>
/// The two Security Council referrals: who each resolution binds, in its own words, and the paragraph that says so
/// and urges everyone else. Texts: S/RES/1593 (2005) op. para. 2; S/RES/1970 (2011) op. para. 5 (docs/legal-rules.md).
/// </summary>
sealed record SecurityCouncilReferral(string Resolution, string Short, int Paragraph, string Bound, string Decides)
{
    static readonly SecurityCouncilReferral[] Known =
    [
        new("S/RES/1593 (2005)", "Resolution 1593 (2005)", 2, "the Government of Sudan and all other parties to " +
            "the conflict in Darfur",
            "\"the Government of Sudan and all other parties to the conflict in Darfur, shall cooperate fully\""),
        new("S/RES/1970 (2011)", "Resolution 1970 (2011)", 5, "the Libyan authorities", "\"the Libyan authorities " +
            "shall cooperate fully\""),
    ];

    public string Basis => LegalBasis.Resolution(Resolution, Paragraph);

    /// <summary>"(operative para. 2)", or nothing when the paragraph is not known.</summary>
    public string ParagraphNote => Paragraph > 0 ? $" (operative para. {Paragraph})" : "";

    /// <summary>The referral's wording, or a generic one for a resolution not described here.</summary>
    public static SecurityCouncilReferral For(string? resolution) =>
        Known.FirstOrDefault(r => r.Resolution == resolution)
        ?? new(
            resolution ?? "(resolution not recorded)",
            resolution ?? "the referring resolution",
            0,
            "the States it names",
            "the States it names shall cooperate");
}
