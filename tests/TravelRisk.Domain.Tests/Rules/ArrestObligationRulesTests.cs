using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;
using static TravelRisk.Domain.Tests.Rules.Facts;

namespace TravelRisk.Domain.Tests.Rules;

public class ArrestObligationRulesTests
{
    // The founding cases.
    [Fact]
    public void Decide_PutinInSouthAfricaDuringBrics2023_ArrestRequired()
    {
        var decision = ArrestObligationRules.Decide(D("2023-08-22"), SouthAfrica, Putin);

        decision.Obligation.Should().Be(Obligation.ArrestRequired);
        decision.Reason.Should().Be(ObligationReason.StatePartyInForce);
        decision.WarrantIndex.Should().Be(0);
    }

    [Fact]
    public void Decide_PutinInKyrgyzstanOctober2023_NoTreatyObligation()
    {
        var decision = ArrestObligationRules.Decide(D("2023-10-12"), Kyrgyzstan, Putin);

        decision.Obligation.Should().Be(Obligation.NoTreatyObligation);
        decision.Reason.Should().Be(ObligationReason.SignatoryNotRatified);
    }

    [Fact]
    public void Decide_PutinInKyrgyzstanDecember2022_NotWantedYet()
    {
        var decision = ArrestObligationRules.Decide(D("2022-12-09"), Kyrgyzstan, Putin);

        decision.Obligation.Should().Be(Obligation.NotWanted);
        decision.Reason.Should().Be(ObligationReason.WarrantNotYetIssued);
    }

    // Rule 1: the warrant's issue and withdrawal.
    [Theory]
    [InlineData("2023-03-16", Obligation.NotWanted)]
    [InlineData("2023-03-17", Obligation.ArrestRequired)]
    public void Decide_DayBeforeAndOfIssue(string day, Obligation expected)
    {
        ArrestObligationRules.Decide(D(day), SouthAfrica, Putin).Obligation.Should().Be(expected);
    }

    [Theory]
    [InlineData("2030-01-31", Obligation.ArrestRequired)]
    [InlineData("2030-02-01", Obligation.NotWanted)]
    public void Decide_DayBeforeAndOfWithdrawalOfTheWarrant(string day, Obligation expected)
    {
        var warrant = Warrant(UkraineSituation, "2023-03-17");
        warrant.Warrant.Events.Add(new WarrantEvent
        {
            WarrantCode = warrant.Warrant.Code,
            Status = WarrantStatus.Withdrawn,
            On = D("2030-02-01"),
            Source = "https://example.org"
        });

        var decision = ArrestObligationRules.Decide(D(day), SouthAfrica, [warrant]);

        decision.Obligation.Should().Be(expected);
        if (expected == Obligation.NotWanted)
            decision.Reason.Should().Be(ObligationReason.WarrantNoLongerOutstanding);
    }

    [Fact]
    public void Decide_NoWarrants_NotWanted()
    {
        ArrestObligationRules.Decide(D("2024-01-01"), SouthAfrica, []).Reason.Should().Be(ObligationReason.NoWarrant);
    }

    // Rule 2: entry into force, Art. 126(2).
    [Theory]
    [InlineData("2024-01-31", Obligation.NoTreatyObligation, ObligationReason.NotYetInForce)]
    [InlineData("2024-02-01", Obligation.ArrestRequired, ObligationReason.StatePartyInForce)]
    public void Decide_ArmeniaDayBeforeAndOfEntryIntoForce(string day, Obligation expected, ObligationReason reason)
    {
        var armenia = Party("ARM", "Armenia", "2023-11-14");

        var decision = ArrestObligationRules.Decide(D(day), armenia, Putin);

        (decision.Obligation, decision.Reason).Should().Be((expected, reason));
    }

    [Theory]
    [InlineData("2003-04-30", Obligation.NoTreatyObligation)]
    [InlineData("2003-05-01", Obligation.ArrestRequired)]
    public void Decide_DepositWhoseSixtiethDayIsTheFirstOfAMonth_InForceTheMonthAfter(string day, Obligation expected)
    {
        var state = Party("XXA", "Example", "2003-01-31"); // 60th day: 1 April 2003
        WarrantCase[] warrants = [Warrant(UkraineSituation, "2003-01-01")];

        ArrestObligationRules.Decide(D(day), state, warrants).Obligation.Should().Be(expected);
    }

    // Rule 2: withdrawals that are pending, revoked, or effective.
    [Theory]
    [InlineData("2025-06-01", ObligationReason.StatePartyInForce)]
    [InlineData("2025-06-02", ObligationReason.StatePartyWithdrawalPending)]
    [InlineData("2026-06-01", ObligationReason.StatePartyWithdrawalPending)]
    public void Decide_NotifiedWithdrawalNotYetEffective_StillArrestRequired(string day, ObligationReason reason)
    {
        var decision = ArrestObligationRules.Decide(D(day), Hungary, Putin);

        (decision.Obligation, decision.Reason).Should().Be((Obligation.ArrestRequired, reason));
    }

    [Fact]
    public void Decide_WithdrawalRevokedBeforeEffect_NeverTakesEffect()
    {
        var decision = ArrestObligationRules.Decide(D("2023-08-22"), SouthAfrica, Putin);

        decision.HostStatus.Should().Be(StatuteStatus.Party);
    }

    // Rule 3: continuing duty, Art. 127(2).
    [Theory]
    [InlineData("2017-10-26", ObligationReason.StatePartyWithdrawalPending)]
    [InlineData("2017-10-27", ObligationReason.ContinuingDutyAfterWithdrawal)]
    [InlineData("2025-01-01", ObligationReason.ContinuingDutyAfterWithdrawal)]
    public void Decide_BurundiSituationOpenedTwoDaysBeforeWithdrawal_DutyContinues(string day, ObligationReason reason)
    {
        var decision = ArrestObligationRules.Decide(D(day), Burundi, [Warrant(BurundiSituation, "2017-01-01")]);

        (decision.Obligation, decision.Reason).Should().Be((Obligation.ArrestRequired, reason));
    }

    [Fact]
    public void Decide_WithdrawnBeforeTheInvestigationOpened_NoTreatyObligation()
    {
        var decision = ArrestObligationRules.Decide(D("2023-10-01"), Burundi, Putin);

        (decision.Obligation, decision.Reason).Should()
            .Be((Obligation.NoTreatyObligation, ObligationReason.WithdrawnNoContinuingDuty));
    }

    // Rule 4: Security Council.
    [Fact]
    public void Decide_AlBashirInSudanAfterHisFall_SecurityCouncilObligation()
    {
        var decision = ArrestObligationRules.Decide(D("2019-06-01"), Sudan, AlBashir);

        (decision.Obligation, decision.Reason).Should()
            .Be((Obligation.SecurityCouncilObligation, ObligationReason.SecurityCouncilResolution));
    }

    [Fact]
    public void Decide_AlBashirInChina_OnlyUrgedSoNoTreatyObligation()
    {
        ArrestObligationRules.Decide(D("2011-06-28"), China, AlBashir).Reason.Should().Be(ObligationReason.NeverSigned);
    }

    [Fact]
    public void Decide_AlBashirInAStateParty_ArrestRequiredWinsOverTheResolution()
    {
        ArrestObligationRules.Decide(D("2015-06-14"), SouthAfrica, AlBashir)
            .Obligation.Should().Be(Obligation.ArrestRequired);
    }

    // Rule 5: Art. 12(3) declarations.
    [Theory]
    [InlineData("2024-12-31", Obligation.Article12_3Declaration)]
    [InlineData("2025-01-01", Obligation.ArrestRequired)]
    public void Decide_PutinInUkraineBeforeAndOnItsEntryIntoForce(string day, Obligation expected)
    {
        var decision = ArrestObligationRules.Decide(D(day), Ukraine, Putin);

        decision.Obligation.Should().Be(expected);
        if (expected == Obligation.Article12_3Declaration)
            Ukraine.Declarations[decision.DeclarationIndex].CoversTo.Should()
                .BeNull("the open-ended 2015 declaration decides, not the 2014 one");
    }

    [Fact]
    public void Decide_DeclarationForAnotherSituation_DoesNotCount()
    {
        ArrestObligationRules.Decide(D("2024-06-01"), Ukraine, AlBashir)
            .Obligation.Should().Be(Obligation.NoTreatyObligation);
    }

    [Fact]
    public void Decide_DeclarationLodgedAfterTheDay_DoesNotCount()
    {
        var decision = ArrestObligationRules.Decide(
            D("2015-09-07"),
            Ukraine,
            [Warrant(UkraineSituation, "2015-01-01")]);

        Ukraine.Declarations[decision.DeclarationIndex].LodgedOn.Should()
            .Be(D("2014-04-17"), "only the 2014 declaration had been lodged");
    }

    // Rule 6: no treaty obligation, each way.
    [Theory]
    [InlineData("RUS", ObligationReason.SignatureWithdrawn)]
    [InlineData("CHN", ObligationReason.NeverSigned)]
    [InlineData("KGZ", ObligationReason.SignatoryNotRatified)]
    public void Decide_NonParties_NoTreatyObligationSaysWhich(string iso3, ObligationReason reason)
    {
        var host = new[] { Russia, China, Kyrgyzstan }.Single(c => c.Iso3 == iso3);

        var decision = ArrestObligationRules.Decide(D("2024-07-03"), host, Putin);

        (decision.Obligation, decision.Reason).Should().Be((Obligation.NoTreatyObligation, reason));
    }
}
