namespace TravelRisk.Domain.Rules;

/// <summary>
/// The provisions and decisions the explanations cite, worded once. Each is cited only by a sentence that relies
/// on it; docs/legal-rules.md gives the source of every one.
/// </summary>
public static class LegalBasis
{
    /// <summary>General obligation to cooperate.</summary>
    public const string Art86 = "Rome Statute, Art. 86 (general obligation to cooperate)";

    /// <summary>Arrest and surrender.</summary>
    public const string Art89_1 = "Rome Statute, Art. 89(1) (requests for arrest and surrender)";

    /// <summary>A State Party that receives a request arrests at once.</summary>
    public const string Art59_1 = "Rome Statute, Art. 59(1) (a State Party that has received a request for arrest " +
        "takes steps to arrest immediately)";

    /// <summary>Provisional arrest.</summary>
    public const string Art92 = "Rome Statute, Art. 92 (provisional arrest in urgent cases)";

    /// <summary>Immunities attaching to official capacity do not bar the Court.</summary>
    public const string Art27_2 = "Rome Statute, Art. 27(2) (immunities do not bar the Court's jurisdiction)";

    /// <summary>Immunity of third-State officials, the basis of the contrary argument.</summary>
    public const string Art98_1 = "Rome Statute, Art. 98(1) (cooperation with respect to waiver of immunity)";

    /// <summary>Entry into force.</summary>
    public const string Art126_2 = "Rome Statute, Art. 126(2) (entry into force for a State ratifying or acceding " +
        "later)";

    /// <summary>Withdrawal takes effect after a year.</summary>
    public const string Art127_1 = "Rome Statute, Art. 127(1) (withdrawal takes effect one year after notification)";

    /// <summary>The continuing duty after withdrawal.</summary>
    public const string Art127_2 = "Rome Statute, Art. 127(2) (obligations and cooperation in investigations " +
        "commenced before withdrawal)";

    /// <summary>Security Council referral.</summary>
    public const string Art13b = "Rome Statute, Art. 13(b) (referral by the Security Council acting under Chapter VII)";

    /// <summary>Binding force of Security Council decisions.</summary>
    public const string UnCharter25 = "UN Charter, Art. 25 (members carry out the decisions of the Security Council)";

    /// <summary>Acceptance of jurisdiction by a non-party.</summary>
    public const string Art12_3 = "Rome Statute, Art. 12(3) (acceptance of jurisdiction by a State not party; " +
        "cooperation under Part 9)";

    /// <summary>Part 9 applies to a State that has accepted jurisdiction.</summary>
    public const string Rule44_2 = "ICC Rules of Procedure and Evidence, Rule 44(2) (Part 9 and the rules concerning " +
        "States Parties apply to a State accepting jurisdiction)";

    /// <summary>Invitation of a non-party to cooperate.</summary>
    public const string Art87_5a = "Rome Statute, Art. 87(5)(a) (the Court may invite a State not party to provide " +
        "assistance)";

    /// <summary>Findings of non-compliance.</summary>
    public const string Art87_7 = "Rome Statute, Art. 87(7) (finding of non-compliance; referral to the Assembly " +
        "of States Parties or the Security Council)";

    /// <summary>Admissibility.</summary>
    public const string Art17And19 = "Rome Statute, Arts. 17 and 19 (admissibility of a case)";

    /// <summary>Offences against the administration of justice: cooperation under domestic law.</summary>
    public const string Art70_2 = "Rome Statute, Art. 70(2) (cooperation for offences against the administration " +
        "of justice governed by the requested State's law)";

    /// <summary>The Rules of Procedure and Evidence on cooperation for Art. 70 offences.</summary>
    public const string Rule167 = "ICC Rules of Procedure and Evidence, Rule 167 (international cooperation for " +
        "Art. 70 offences)";

    /// <summary>Treaties do not bind third States.</summary>
    public const string Vclt34 = "Vienna Convention on the Law of Treaties, Art. 34 (a treaty does not create " +
        "obligations for a third State without its consent)";

    /// <summary>Signatories' interim obligation.</summary>
    public const string Vclt18 = "Vienna Convention on the Law of Treaties, Art. 18 (obligation not to defeat " +
        "the object and purpose of a treaty before its entry into force)";

    /// <summary>Airspace is territory.</summary>
    public const string ChicagoConvention = "Convention on International Civil Aviation (Chicago, 1944), " +
        "Arts. 1 and 2 (sovereignty over the airspace above a State's territory)";

    /// <summary>Which offices carry immunity abroad while held.</summary>
    public const string IcjArrestWarrant = "ICJ, Arrest Warrant of 11 April 2000 (Democratic Republic of the Congo " +
        "v. Belgium), Judgment of 14 February 2002, para. 51";

    /// <summary>The Appeals Chamber: no head-of-state immunity before an international court; Art.
    /// 98(1) preserves none.</summary>
    public const string JordanAppeal = "ICC Appeals Chamber, Judgment in the Jordan Referral re Al-Bashir Appeal, " +
        "ICC-02/05-01/09-397, 6 May 2019, Key Findings paras 1 and 5";

    /// <summary>The same judgment on Sudan and Resolution 1593.</summary>
    public const string JordanAppealSudan = "ICC Appeals Chamber, Judgment in the Jordan Referral re Al-Bashir " +
        "Appeal, ICC-02/05-01/09-397, 6 May 2019, Key Findings paras 1 and 7";

    /// <summary>The first al-Bashir warrant decision: his position has no effect on the Court's jurisdiction.</summary>
    public const string AlBashirWarrantDecision = "ICC Pre-Trial Chamber I, Decision on the Prosecution's " +
        "Application for a Warrant of Arrest against Omar Hassan Ahmad Al Bashir, ICC-02/05-01/09-3, 4 March 2009";

    /// <summary>Pre-Trial Chamber I on Malawi: a customary-law exception before an international court.</summary>
    public const string MalawiDecision = "ICC Pre-Trial Chamber I, Decision Pursuant to Article 87(7) of the Rome " +
        "Statute on the Failure by the Republic of Malawi to Comply with the Cooperation Requests Issued by " +
        "the Court with Respect to the Arrest and Surrender of Omar Hassan Ahmad Al Bashir, ICC-02/05-01/09-139, 12 " +
        "December 2011";

    /// <summary>Pre-Trial Chamber II on the DRC: Resolution 1593 implicitly waived the immunity.</summary>
    public const string CongoDecision = "ICC Pre-Trial Chamber II, Decision on the Cooperation of the Democratic " +
        "Republic of the Congo Regarding Omar Al Bashir's Arrest and Surrender to the Court, ICC-02/05-01/09-195, 9 " +
        "April 2014";

    /// <summary>Pre-Trial Chamber II on South Africa: Sudan in a position analogous to a State Party.</summary>
    public const string SouthAfricaDecision = "ICC Pre-Trial Chamber II, Decision under article 87(7) of the Rome " +
        "Statute on the non-compliance by South Africa with the request by the Court for the arrest and surrender " +
        "of Omar Al-Bashir, ICC-02/05-01/09-302, 6 July 2017";

    /// <summary>Pre-Trial Chamber II on Mongolia: no immunity is opposable to the Court.</summary>
    public const string MongoliaFinding = "ICC Pre-Trial Chamber II, Finding under article 87(7) of the Rome Statute " +
        "on the non-compliance by Mongolia with the request by the Court to cooperate in the arrest and surrender " +
        "of Vladimir Vladimirovich Putin, Situation in Ukraine (ICC-01/22), 24 October 2024 (ICC press release " +
        "of that day)";

    /// <summary>Pre-Trial Chamber I on the Philippines' withdrawal and the Court's jurisdiction.</summary>
    public const string PhilippinesJurisdiction = "ICC Pre-Trial Chamber I, decision on the Defence challenge to " +
        "jurisdiction, The Prosecutor v. Rodrigo Roa Duterte, Situation in the Republic of the Philippines " +
        "(ICC-01/21), 23 October 2025";

    /// <summary>The Appeals Chamber upholding it.</summary>
    public const string PhilippinesJurisdictionAppeal = "ICC Appeals Chamber, judgment on the Defence appeal on " +
        "jurisdiction, The Prosecutor v. Rodrigo Roa Duterte, 22 April 2026";

    /// <summary>The African Union's refusal to cooperate in al-Bashir's arrest.</summary>
    public const string AfricanUnion2009 = "African Union Assembly, Decision on the Meeting of African States " +
        "Parties to the Rome Statute of the ICC (Doc. Assembly/AU/13(XIII)), Sirte, 3 July 2009";

    /// <summary>France on the immunity of the leaders of States not party.</summary>
    public const string France2024 = "France, Ministry for Europe and Foreign Affairs, statement \"Israel – " +
        "International Criminal Court\", 27 November 2024";

    /// <summary>Arrest-warrant applications are secret by default (in force 10 November 2025).</summary>
    public const string Regulation23Ter = "Regulations of the Court, Regulation 23 ter (applications for arrest " +
        "warrants secret unless a Chamber decides otherwise), from 10 November 2025";

    /// <summary>The Security Council resolution a situation was referred by, with its cooperation paragraph.</summary>
    public static string Resolution(string resolution, int paragraph)
    {
        var name = $"UN Security Council Resolution {resolution.Replace("S/RES/", "", StringComparison.Ordinal)}";
        return paragraph > 0 ? $"{name}, operative para. {paragraph}" : name;
    }
}
