using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using static TravelRisk.Domain.Tests.Rules.Facts;

namespace TravelRisk.Domain.Tests.Rules;

/// <summary>
/// A warrant issued under seal on a day that is not public (the six Libya warrants of 2023): known only to lie
/// between two days. Before the earliest there is no warrant, from the latest there is one, in between the
/// answer cannot be determined; the unsealing day is never taken as the issue.
/// </summary>
public class SealedWarrantRulesTests
{
    static readonly Situation Libya = new()
    {
        Code = "libya",
        Name = "Situation in Libya",
        Number = "ICC-01/11",
        ReferralKind = ReferralKind.SecurityCouncil,
        Resolution = "S/RES/1970 (2011)",
        BoundIso3 = ["LBY"],
        InvestigationOpenedOn = D("2011-03-03"),
        Source = "https://www.icc-cpi.int/libya",
    };

    static WarrantCase Sealed(string? notBefore = "2023-04-06") => new(new Warrant
    {
        Code = "sealed-2023",
        SituationCode = "libya",
        IssuedNotBefore = notBefore is null ? null : D(notBefore),
        IssuedNoLaterThan = D("2023-07-28"),
        PublicOn = D("2024-10-04"),
        Source = "https://www.icc-cpi.int/",
    }, Libya);

    static readonly Domain.Countries.Country Tunisia = Party("TUN", "Tunisia", "2011-06-24");

    [Theory]
    [InlineData("2023-04-05", Obligation.NotWanted)]
    [InlineData("2023-04-06", Obligation.Undetermined)]
    [InlineData("2023-07-27", Obligation.Undetermined)]
    [InlineData("2023-07-28", Obligation.ArrestRequired)]
    [InlineData("2024-01-01", Obligation.ArrestRequired)]
    public void Decide_AroundTheBounds(string day, Obligation expected)
    {
        var decision = ArrestObligationRules.Decide(D(day), Tunisia, [Sealed()]);

        decision.Obligation.Should().Be(expected);
        if (expected == Obligation.Undetermined)
            (decision.Reason, decision.IfIssued).Should()
                .Be((ObligationReason.WarrantIssueDateUncertain, Obligation.ArrestRequired));
    }

    [Fact]
    public void Decide_WithoutALowerBound_TheInvestigationsOpeningIsOne()
    {
        ArrestObligationRules.Decide(D("2011-03-02"), Tunisia, [Sealed(notBefore: null)])
            .Obligation.Should().Be(Obligation.NotWanted);
        ArrestObligationRules.Decide(D("2011-03-03"), Tunisia, [Sealed(notBefore: null)])
            .Obligation.Should().Be(Obligation.Undetermined);
    }

    [Fact]
    public void Decide_ACertainDutyOutranksAnUncertainOne()
    {
        var certain = Warrant(Libya, "2020-01-01", "certain-2020");

        ArrestObligationRules.Decide(D("2023-05-01"), Tunisia, [Sealed(), certain])
            .Obligation.Should().Be(Obligation.ArrestRequired);
    }

    [Fact]
    public void Assess_AnUncertainDayOutranksACertainNothing()
    {
        var trip = new Trip { Slug = "t", HostIso3 = "TUN", StartDate = D("2023-04-04"), EndDate = D("2023-04-07") };
        var countries = new Dictionary<string, Domain.Countries.Country> { ["TUN"] = Tunisia };

        var result = TripAssessor.Assess(trip, countries, [Sealed()]);

        (result.Decision.Obligation, result.Day).Should().Be((Obligation.Undetermined, D("2023-04-06")));
    }

    [Fact]
    public void KnownFrom_IsTheLatestPossibleIssueNotTheUnsealing()
    {
        Sealed().Warrant.KnownFrom.Should().Be(D("2023-07-28"));
    }
}
