using TravelRisk.Domain.Countries;
using TravelRisk.Domain.People;
using TravelRisk.Domain.Rules;
using static TravelRisk.Domain.Tests.Rules.Facts;

namespace TravelRisk.Domain.Tests.Rules;

/// <summary>
/// Properties every explanation must have, checked on hand-built facts. The wording of each case is pinned by the
/// golden files in the Web tests (tests/TravelRisk.Web.Tests/Explanations), which run on the real data/.
/// </summary>
public class ObligationExplainerTests
{
    static readonly Leader PutinPerson = new()
    {
        Slug = "vladimir-putin",
        Name = "Vladimir Putin",
        NationalityIso3 = "RUS",
        Source = "https://www.icc-cpi.int/",
        Positions =
        [
            new Position
            {
                Title = "President of Russia",
                CountryIso3 = "RUS",
                StartedOn = D("2012-05-07"),
                Source = "https://kremlin.ru"
            }
        ],
    };

    static readonly Leader Official = new()
    {
        Slug = "maria-lvova-belova",
        Name = "Maria Lvova-Belova",
        NationalityIso3 = "RUS",
        Source = "https://www.icc-cpi.int/"
    };

    static readonly Dictionary<string, Country> Countries =
        new[] { SouthAfrica, Kyrgyzstan, China, Russia, Sudan, Burundi, Hungary, Ukraine }.ToDictionary(c => c.Iso3);

    static Explanation Explain(
        string day,
        Country host,
        WarrantCase[] warrants,
        Leader? person = null,
        string today = "2026-12-01")
    {
        var decision = ArrestObligationRules.Decide(D(day), host, warrants);
        return ObligationExplainer.Explain(
            decision,
            D(day),
            host,
            new ExplanationFacts(person ?? PutinPerson, warrants, Countries, D(today)));
    }

    [Fact]
    public void Explain_StateParty_AnswersFirstAndCitesOnlyWhatItUses()
    {
        var explanation = Explain("2023-08-22", SouthAfrica, Putin);

        explanation.Text.Should().StartWith(
            "On 22 August 2023, South Africa was obliged to arrest and surrender Vladimir Putin to the Court if " +
            "Putin was on its territory.");
        explanation.Text.Should()
            .Contain("under an ICC arrest warrant issued on 17 March 2023 in the Situation in Ukraine (ICC-01/22).")
            .And.Contain("(Art. 86)")
            .And.Contain("(Art. 89(1))");
        explanation.LegalBasis.Should().Contain(
        [
            LegalBasis.Art86,
            LegalBasis.Art89_1,
            LegalBasis.JordanAppeal,
            LegalBasis.Art98_1,
            LegalBasis.MongoliaFinding
        ]);
        explanation.LegalBasis.Should().NotContain(
            LegalBasis.France2024,
            "France's statement concerned Israel's Prime Minister, not Russia's President");
        explanation.LegalBasis.Should().NotContain(LegalBasis.Vclt34, "no sentence relies on it");
    }

    [Fact]
    public void Explain_SittingHeadOfNonPartyState_RestsOnCustomaryLawAndIsContested()
    {
        var explanation = Explain("2023-08-22", SouthAfrica, Putin);

        explanation.Contested.Should().BeTrue();
        explanation.Text.Should().Contain("customary international law").And.Contain("Russia was not a party")
            .And.Contain(
                "Pre-Trial Chamber II later reaffirmed, on 24 October 2024,",
                "the Mongolia finding came after this day")
            .And.Contain("rather than from customary law", "the Mongolia finding did not rest on customary law");
        explanation.Text.Should().NotContain("Art. 27(2) applies", "Russia is not a party, so Art. 27(2) binds it not");
    }

    [Fact]
    public void Explain_OfficialWithoutPersonalImmunity_RaisesNoImmunityPoint()
    {
        var explanation = Explain("2023-08-22", SouthAfrica, Putin, Official);

        explanation.Contested.Should().BeFalse();
        explanation.Text.Should().NotContain("98(1)");
        explanation.LegalBasis.Should().NotContain(LegalBasis.JordanAppeal);
    }

    [Fact]
    public void Explain_Signatory_SaysItSignedButNeverRatifiedWithoutAnIrrelevantCaveat()
    {
        var explanation = Explain("2023-10-12", Kyrgyzstan, Putin);

        explanation.Text.Should()
            .Contain("Kyrgyzstan had signed the Rome Statute on 8 December 1998 but had not ratified it")
            .And.Contain("Art. 87(5)(a)").And.NotContain("urges");
        explanation.LegalBasis.Should().Contain(LegalBasis.Vclt18);
        explanation.Contested.Should().BeFalse("nothing disputed can change the answer");
    }

    [Fact]
    public void Explain_SecurityCouncilSituationInANonBoundState_QuotesTheResolutionsAppeal()
    {
        var explanation = Explain("2015-09-03", China, AlBashir);

        explanation.Text.Should()
            .Contain("Resolution 1593 (2005) imposes the duty to cooperate only on the Government of Sudan")
            .And.Contain("urges all States");
        explanation.Text.Should().Contain(
            "two ICC arrest warrants issued on 4 March 2009 and 12 July 2010",
            "every warrant of the person is named");
        explanation.LegalBasis.Should().Contain(LegalBasis.Resolution("S/RES/1593 (2005)", 2));
    }

    [Fact]
    public void Explain_Declaration_NamesItsDateAndPeriodAndTheLaterRatification()
    {
        var explanation = Explain("2024-06-01", Ukraine, Putin);

        explanation.Text.Should()
            .Contain("on 8 September 2015 it had lodged a declaration under Art. 12(3)")
            .And.Contain("since 20 February 2014")
            .And.Contain(
                "Ukraine later became a State Party: the Statute entered into force for it on 1 January 2025.");
        explanation.LegalBasis.Should().Contain(LegalBasis.Art12_3);
    }

    [Fact]
    public void Explain_ContinuingDutyForAWarrantIssuedAfterWithdrawal_SaysItsReachIsContested()
    {
        WarrantCase[] warrants = [Warrant(BurundiSituation, "2018-01-01")];

        var explanation = Explain("2024-01-01", Burundi, warrants, Official);

        explanation.Text.Should()
            .Contain("Art. 127(2)")
            .And.Contain("after the withdrawal took effect")
            .And.Contain("contested");
        explanation.Contested.Should().BeTrue();
    }

    [Fact]
    public void Explain_ContinuingDutyForAWarrantIssuedBeforeWithdrawal_HasNoReachCaveat()
    {
        WarrantCase[] warrants = [Warrant(BurundiSituation, "2017-10-26")];

        var explanation = Explain("2024-01-01", Burundi, warrants, Official);

        explanation.Text.Should().Contain("Art. 127(2)").And.NotContain("contested");
        explanation.Contested.Should().BeFalse();
    }

    [Fact]
    public void Explain_DayStillToCome_IsAForecastNotHistory()
    {
        var explanation = Explain("2027-03-01", SouthAfrica, Putin, today: "2026-12-01");

        explanation.Text.Should()
            .StartWith("On 1 March 2027, South Africa will be obliged to arrest and surrender Vladimir Putin")
            .And.Contain("on the record as it stands today");
        explanation.Text.Should().Contain("Putin is wanted");
    }

    [Fact]
    public void Explain_DisputedRecordThatCannotChangeTheAnswer_IsNotMentioned()
    {
        var disputed = Party("XXB", "Exampleland", "2001-01-01");
        disputed.IsDisputed = true;
        disputed.OtherReadings.Add(new StatuteReading
        {
            CountryIso3 = "XXB",
            Summary = "a source gives 1 February 2001 for the deposit",
            Timeline = disputed.Timeline with { DepositedOn = D("2001-02-01") },
            Source = "https://example.org"
        });

        var explanation = Explain("2024-01-01", disputed, Putin, Official);

        explanation.Text.Should().NotContain("disagree");
        explanation.Contested.Should().BeFalse();
    }

    [Fact]
    public void Explain_DisputedRecordThatChangesTheAnswer_StatesBothReadings()
    {
        var disputed = Party("XXB", "Exampleland", "2023-01-02");
        disputed.IsDisputed = true;
        var later = D("2023-05-15");
        disputed.OtherReadings.Add(new StatuteReading
        {
            CountryIso3 = "XXB",
            Summary = "a source gives 15 May 2023 for the deposit",
            Timeline = disputed.Timeline with
            {
                DepositedOn = later,
                InForceOn = StatuteTimeline.EntryIntoForceFor(later)
            },
            Source = "https://example.org"
        });

        var explanation = Explain("2023-06-01", disputed, Putin, Official);

        explanation.Text.Should()
            .Contain("Sources disagree on Exampleland's treaty record: a source gives 15 May 2023 for the deposit")
            .And.Contain("would have had no obligation");
        explanation.Contested.Should().BeTrue();
    }

    [Fact]
    public void Explain_OnlySealedWarrants_MakesTheAnswerHangOnTheCourtsRequest()
    {
        var sealedWarrant = Warrant(UkraineSituation, "2023-03-01");
        sealedWarrant.Warrant.PublicOn = D("2023-03-17");

        var explanation = Explain("2023-03-10", SouthAfrica, [sealedWarrant], Official);

        explanation.Text.Should()
            .StartWith("On 10 March 2023, South Africa would have been obliged")
            .And.Contain("had received the Court's request")
            .And.Contain("TravelRisk does not know whether South Africa received one");
        explanation.LegalBasis.Should().Contain([LegalBasis.Art59_1, LegalBasis.Art92]);
    }

    [Fact]
    public void Explain_SealedWarrantButAFindingShowsTheRequest_AnswersPlainly()
    {
        var sealedWarrant = Warrant(UkraineSituation, "2023-03-01");
        sealedWarrant.Warrant.PublicOn = D("2023-03-17");
        var finding = new Domain.Cases.Finding
        {
            Code = "f",
            CountryIso3 = "ZAF",
            Kind = Domain.Cases.FindingKind.NonCompliance,
            DecidedOn = D("2024-01-01"),
            Chamber = "Pre-Trial Chamber II",
            Source = "https://example.org"
        };
        WarrantCase[] warrants = [sealedWarrant];
        var facts = new ExplanationFacts(
            Official,
            warrants,
            Countries,
            D("2026-12-01"),
            [new VisitFinding(finding, "ZAF", D("2023-03-09"), D("2023-03-11"))]);

        var explanation = ObligationExplainer.Explain(
            ArrestObligationRules.Decide(D("2023-03-10"), SouthAfrica, warrants),
            D("2023-03-10"),
            SouthAfrica,
            facts);

        explanation.Text.Should()
            .StartWith("On 10 March 2023, South Africa was obliged")
            .And.Contain("the Court had sent South Africa its request")
            .And.Contain("Pre-Trial Chamber II later found, on 1 January 2024, that South Africa had failed to comply")
            .And.Contain("during a visit that included this day");
        explanation.LegalBasis.Should().Contain(LegalBasis.Art87_7);
    }

    [Fact]
    public void Explain_SealedWarrantExecutedByTheHostThatDay_AnswersPlainlyAndSaysWhatItDid()
    {
        var sealedWarrant = Warrant(UkraineSituation, "2023-03-01");
        sealedWarrant.Warrant.PublicOn = D("2023-03-17");
        sealedWarrant.Warrant.Events.Add(new Domain.Cases.WarrantEvent
        {
            WarrantCode = sealedWarrant.Warrant.Code,
            Status = Domain.Cases.WarrantStatus.Executed,
            Ending = Domain.Cases.WarrantEnding.Surrendered,
            On = D("2023-06-01"),
            ExecutedByIso3 = "ZAF",
            ArrestedOn = D("2023-03-10"),
            Source = "https://example.org",
        });

        var explanation = Explain("2023-03-10", SouthAfrica, [sealedWarrant], Official);

        explanation.Text.Should().StartWith("On 10 March 2023, South Africa was obliged to arrest and surrender")
            .And.Contain("the Court had sent South Africa its request, as the arrest shows")
            .And.Contain(
                "South Africa executed the Court's request: it arrested Lvova-Belova under the warrant on " +
                "10 March 2023 and surrendered Lvova-Belova to the Court on 1 June 2023.");
        explanation.Text.Should().NotContain("does not know");
    }

    [Fact]
    public void Explain_SealedWarrantExecutedByTheHostOnlyLater_StaysConditionalAndSaysItLaterActed()
    {
        var sealedWarrant = Warrant(UkraineSituation, "2023-03-01");
        sealedWarrant.Warrant.PublicOn = D("2023-03-17");
        sealedWarrant.Warrant.Events.Add(new Domain.Cases.WarrantEvent
        {
            WarrantCode = sealedWarrant.Warrant.Code,
            Status = Domain.Cases.WarrantStatus.Executed,
            Ending = Domain.Cases.WarrantEnding.Surrendered,
            On = D("2023-03-11"),
            ExecutedByIso3 = "ZAF",
            Source = "https://example.org",
        });

        var explanation = Explain("2023-03-10", SouthAfrica, [sealedWarrant], Official);

        explanation.Text.Should().StartWith("On 10 March 2023, South Africa would have been obliged")
            .And.Contain("TravelRisk does not know whether South Africa received one")
            .And.Contain(
                "South Africa later executed the Court's request: it surrendered Lvova-Belova to the Court on " +
                "11 March 2023.");
    }

    [Fact]
    public void Explain_DecisionInformingOfAPresence_IsNotToldAsAFindingOfNonCompliance()
    {
        var finding = new Domain.Cases.Finding
        {
            Code = "f",
            CountryIso3 = "ZAF",
            Kind = Domain.Cases.FindingKind.PresenceReported,
            DecidedOn = D("2023-08-22"),
            Chamber = "Pre-Trial Chamber I",
            ReferredTo = ["UNSC", "ASP"],
            Source = "https://example.org"
        };
        var facts = new ExplanationFacts(
            Official,
            Putin,
            Countries,
            D("2026-12-01"),
            [new VisitFinding(finding, "ZAF", D("2023-08-22"), D("2023-08-22"))]);

        var explanation = ObligationExplainer.Explain(
            ArrestObligationRules.Decide(D("2023-08-22"), SouthAfrica, Putin),
            D("2023-08-22"),
            SouthAfrica,
            facts);

        explanation.Text.Should()
            .Contain(
                "Pre-Trial Chamber I informed the UN Security Council and the Assembly of States Parties, on " +
                "22 August 2023, of Lvova-Belova's presence in South Africa")
            .And.Contain("it made no finding that South Africa had failed to comply");
        explanation.Text.Should()
            .NotContain("later informed", "the decision came on the day asked")
            .And.NotContain("Art. 87(7)");
        explanation.LegalBasis.Should()
            .NotContain(LegalBasis.Art87_7)
            .And.Contain(b => b.Contains("decision informing"));
    }

    [Fact]
    public void Explain_DisputeThatChangesOnlyWhetherTheHostIsAParty_IsToldWithoutMarkingItContested()
    {
        var disputed = Party("XXB", "Exampleland", "2001-01-01");
        disputed.IsDisputed = true;
        disputed.OtherReadings.Add(new StatuteReading
        {
            CountryIso3 = "XXB",
            Summary = "a source reports a withdrawal notified on 1 January 2024",
            Source = "https://example.org",
            Timeline = disputed.Timeline with { WithdrawalNotifiedOn = D("2024-01-01") },
        });

        var explanation = Explain("2025-06-01", disputed, Putin, Official);

        explanation.Text.Should().Contain("The answer is the same on that reading").And.Contain("Art. 127(2)");
        explanation.Contested.Should().BeFalse();
    }

    [Fact]
    public void Explain_Answer_IsTheFirstSentenceOfTheText()
    {
        var explanation = Explain("2023-08-22", SouthAfrica, Putin);

        explanation.Answer.Should().Be(
            "On 22 August 2023, South Africa was obliged to arrest and surrender Vladimir Putin to the Court if " +
            "Putin was on its territory.");
        explanation.Text.Should().StartWith(explanation.Answer);
    }

    [Fact]
    public void Explain_Caveats_AreTheImmunityQuestionForAHeadOfStateAndNothingForAnOfficial()
    {
        var head = Explain("2023-08-22", SouthAfrica, Putin);
        var official = Explain("2023-08-22", SouthAfrica, Putin, Official);

        head.Caveats.Should().NotBeEmpty().And.OnlyContain(c => head.Text.Contains(c, StringComparison.Ordinal));
        head.Caveats.Should().Contain(c => c.Contains("customary international law", StringComparison.Ordinal));
        head.Caveats.Should().NotContain(head.Answer);
        official.Caveats.Should().BeEmpty(
            "nothing can change a State Party's answer for an official without immunity");
    }

    [Fact]
    public void Explain_OnlySealedWarrants_NamesTheRequestAsACaveat()
    {
        var sealedWarrant = Warrant(UkraineSituation, "2023-03-01");
        sealedWarrant.Warrant.PublicOn = D("2023-03-17");

        var explanation = Explain("2023-03-10", SouthAfrica, [sealedWarrant], Official);

        explanation.Caveats.Should().ContainSingle(c =>
            c.Contains("TravelRisk does not know whether South Africa received one", StringComparison.Ordinal));
    }
}
