using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;

namespace TravelRisk.Domain.Tests.Rules;

/// <summary>Small builders for the rules' facts, shaped on real cases (dates from data/).</summary>
static class Facts
{
    public static DateOnly D(string iso) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static Country Country(
        string iso3,
        string name,
        StatuteTimeline timeline,
        params Article12_3Declaration[] declarations) => new()
        {
            Iso3 = iso3,
            Iso2 = iso3[..2],
            Name = name,
            Timeline = timeline,
            Declarations = [.. declarations],
            Source = "https://treaties.un.org/",
        };

    public static Country Party(string iso3, string name, string deposited) => Country(iso3, name, new StatuteTimeline
    {
        DepositedOn = D(deposited),
        DepositKind = DepositKind.Ratification,
        InForceOn = StatuteTimeline.EntryIntoForceFor(D(deposited)),
    });

    public static readonly Country SouthAfrica = Country("ZAF", "South Africa", new StatuteTimeline
    {
        SignedOn = D("1998-07-17"),
        DepositedOn = D("2000-11-27"),
        DepositKind = DepositKind.Ratification,
        InForceOn = D("2002-07-01"),
        WithdrawalNotifiedOn = D("2016-10-19"),
        WithdrawalEffectiveOn = D("2017-10-19"),
        WithdrawalRevokedOn = D("2017-03-07"),
    });

    public static readonly Country Kyrgyzstan =
        Country("KGZ", "Kyrgyzstan", new StatuteTimeline { SignedOn = D("1998-12-08") });

    public static readonly Country China = Country("CHN", "China", new StatuteTimeline());

    public static readonly Country Russia = Country(
        "RUS",
        "Russia",
        new StatuteTimeline { SignedOn = D("2000-09-13"), SignatureWithdrawnOn = D("2016-11-30") });

    public static readonly Country Sudan = Country(
        "SDN",
        "Sudan",
        new StatuteTimeline { SignedOn = D("2000-09-08"), SignatureWithdrawnOn = D("2008-08-26") });

    public static readonly Country Burundi = Country("BDI", "Burundi", new StatuteTimeline
    {
        SignedOn = D("1999-01-13"),
        DepositedOn = D("2004-09-21"),
        DepositKind = DepositKind.Ratification,
        InForceOn = D("2004-12-01"),
        WithdrawalNotifiedOn = D("2016-10-27"),
        WithdrawalEffectiveOn = D("2017-10-27"),
    });

    public static readonly Country Hungary = Country("HUN", "Hungary", new StatuteTimeline
    {
        SignedOn = D("1999-01-15"),
        DepositedOn = D("2001-11-30"),
        DepositKind = DepositKind.Ratification,
        InForceOn = D("2002-07-01"),
        WithdrawalNotifiedOn = D("2025-06-02"),
        WithdrawalEffectiveOn = D("2026-06-02"),
    });

    public static readonly Country Ukraine = Country("UKR", "Ukraine",
        new StatuteTimeline
        {
            SignedOn = D("2000-01-20"),
            DepositedOn = D("2024-10-25"),
            DepositKind = DepositKind.Ratification,
            InForceOn = D("2025-01-01")
        },
        new Article12_3Declaration
        {
            CountryIso3 = "UKR",
            LodgedOn = D("2014-04-17"),
            CoversFrom = D("2013-11-21"),
            CoversTo = D("2014-02-22"),
            SituationCode = "ukraine",
            Source = "https://www.icc-cpi.int/ukraine"
        },
        new Article12_3Declaration
        {
            CountryIso3 = "UKR",
            LodgedOn = D("2015-09-08"),
            CoversFrom = D("2014-02-20"),
            SituationCode = "ukraine",
            Source = "https://www.icc-cpi.int/ukraine"
        });

    public static readonly Situation UkraineSituation = new()
    {
        Code = "ukraine",
        Name = "Situation in Ukraine",
        Number = "ICC-01/22",
        TerritoryIso3 = ["UKR"],
        ReferralKind = ReferralKind.StateParty,
        InvestigationOpenedOn = D("2022-03-02"),
        CrimesFrom = D("2013-11-21"),
        Source = "https://www.icc-cpi.int/ukraine",
    };

    public static readonly Situation Darfur = new()
    {
        Code = "darfur",
        Name = "Situation in Darfur, Sudan",
        Number = "ICC-02/05",
        TerritoryIso3 = ["SDN"],
        ReferralKind = ReferralKind.SecurityCouncil,
        Resolution = "S/RES/1593 (2005)",
        BoundIso3 = ["SDN"],
        InvestigationOpenedOn = D("2005-06-06"),
        CrimesFrom = D("2002-07-01"),
        Source = "https://www.icc-cpi.int/darfur",
    };

    public static readonly Situation BurundiSituation = new()
    {
        Code = "burundi",
        Name = "Situation in the Republic of Burundi",
        Number = "ICC-01/17",
        PreliminaryExaminationOpenedOn = D("2016-04-25"),
        TerritoryIso3 = ["BDI"],
        ReferralKind = ReferralKind.ProprioMotu,
        InvestigationOpenedOn = D("2017-10-25"),
        CrimesFrom = D("2015-04-26"),
        Source = "https://www.icc-cpi.int/burundi",
    };

    public static WarrantCase Warrant(Situation situation, string issued, string code = "test-warrant") =>
        new(
            new Warrant
            {
                Code = code,
                SituationCode = situation.Code,
                IssuedOn = D(issued),
                Source = "https://www.icc-cpi.int/"
            },
            situation);

    public static readonly WarrantCase[] Putin = [Warrant(UkraineSituation, "2023-03-17", "vladimir-putin-2023")];

    public static readonly WarrantCase[] AlBashir =
    [
        Warrant(Darfur, "2009-03-04", "omar-al-bashir-2009"),
        Warrant(Darfur, "2010-07-12", "omar-al-bashir-2010")
    ];
}
