namespace TravelRisk.Domain.Rules;

/// <summary>The provisions and decisions the explanations cite, worded once.</summary>
public static class LegalBasis
{
    /// <summary>General obligation to cooperate.</summary>
    public const string Art86 = "Rome Statute, Art. 86 (general obligation to cooperate)";

    /// <summary>Arrest and surrender.</summary>
    public const string Art89_1 = "Rome Statute, Art. 89(1) (arrest and surrender)";

    /// <summary>Official capacity.</summary>
    public const string Art27 = "Rome Statute, Art. 27 (irrelevance of official capacity)";

    /// <summary>The Appeals Chamber on head-of-state immunity.</summary>
    public const string JordanAppeal = "ICC Appeals Chamber, Judgment in the Jordan Referral re Al-Bashir Appeal, ICC-02/05-01/09-397-Corr, 6 May 2019";

    /// <summary>Immunity of third-State officials, the basis of the contrary argument.</summary>
    public const string Art98_1 = "Rome Statute, Art. 98(1) (cooperation with respect to waiver of immunity)";

    /// <summary>Entry into force.</summary>
    public const string Art126_2 = "Rome Statute, Art. 126(2) (entry into force for a State ratifying or acceding later)";

    /// <summary>Withdrawal takes effect after a year.</summary>
    public const string Art127_1 = "Rome Statute, Art. 127(1) (withdrawal takes effect one year after notification)";

    /// <summary>The continuing duty after withdrawal.</summary>
    public const string Art127_2 = "Rome Statute, Art. 127(2) (obligations arising while a party; cooperation in investigations commenced before withdrawal)";

    /// <summary>Security Council referral.</summary>
    public const string Art13b = "Rome Statute, Art. 13(b) (referral by the Security Council acting under Chapter VII)";

    /// <summary>Binding force of Security Council decisions.</summary>
    public const string UnCharter25 = "UN Charter, Art. 25 and Chapter VII (decisions of the Security Council bind members)";

    /// <summary>Acceptance of jurisdiction by a non-party.</summary>
    public const string Art12_3 = "Rome Statute, Art. 12(3) (acceptance of jurisdiction by a non-party; cooperation under Part 9)";

    /// <summary>The Rules of Procedure and Evidence on 12(3) declarations.</summary>
    public const string Rule44 = "ICC Rules of Procedure and Evidence, Rule 44";

    /// <summary>Treaties do not bind third States.</summary>
    public const string Vclt34 = "Vienna Convention on the Law of Treaties, Art. 34 (a treaty does not create obligations for a third State)";

    /// <summary>Signatories' interim obligation.</summary>
    public const string Vclt18 = "Vienna Convention on the Law of Treaties, Art. 18 (obligation not to defeat the object and purpose before entry into force)";
}
