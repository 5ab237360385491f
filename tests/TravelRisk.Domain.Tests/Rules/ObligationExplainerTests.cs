using TravelRisk.Domain.Rules;
using static TravelRisk.Domain.Tests.Rules.Facts;

namespace TravelRisk.Domain.Tests.Rules;

public class ObligationExplainerTests
{
    static Explanation Explain(string day, TravelRisk.Domain.Countries.Country host, WarrantCase[] warrants, bool topOffice = true)
    {
        var decision = ArrestObligationRules.Decide(D(day), host, warrants);
        return ObligationExplainer.Explain(decision, D(day), host, warrants, "Vladimir Putin", topOffice);
    }

    [Fact]
    public void Explain_StateParty_CitesArticles86And89AndTheImmunityDebate()
    {
        var explanation = Explain("2023-08-22", SouthAfrica, Putin);

        explanation.Text.Should().Contain("On 22 August 2023, South Africa was a State Party")
            .And.Contain("issued on 17 March 2023 in the situation in Ukraine")
            .And.Contain("Art. 86 and 89(1)").And.Contain("Art. 98(1)");
        explanation.LegalBasis.Should().Contain([LegalBasis.Art86, LegalBasis.Art89_1, LegalBasis.Art27, LegalBasis.JordanAppeal]);
        explanation.Contested.Should().BeTrue("a sitting head of state's immunity is argued under Art. 98(1)");
    }

    [Fact]
    public void Explain_StatePartyForSomeoneWithoutTopOffice_IsNotContested()
    {
        var explanation = Explain("2023-08-22", SouthAfrica, Putin, topOffice: false);

        explanation.Contested.Should().BeFalse();
        explanation.Text.Should().NotContain("98(1)");
    }

    [Fact]
    public void Explain_Signatory_SaysItSignedButNeverRatified()
    {
        var explanation = Explain("2023-10-12", Kyrgyzstan, Putin);

        explanation.Text.Should().Contain("had signed the Rome Statute (on 8 December 1998) but not ratified it");
        explanation.LegalBasis.Should().Contain(LegalBasis.Vclt18);
    }

    [Fact]
    public void Explain_Declaration_NamesItsDateAndPeriod()
    {
        var explanation = Explain("2024-06-01", Ukraine, Putin);

        explanation.Text.Should().Contain("on 8 September 2015 it lodged a declaration under Art. 12(3)").And.Contain("since 20 February 2014");
        explanation.LegalBasis.Should().Contain(LegalBasis.Art12_3);
    }

    [Fact]
    public void Explain_ContinuingDuty_SaysItIsContested()
    {
        WarrantCase[] warrants = [Warrant(BurundiSituation, "2018-01-01")];

        var explanation = Explain("2024-01-01", Burundi, warrants, topOffice: false);

        explanation.Text.Should().Contain("Art. 127(2)").And.Contain("contested");
        explanation.Contested.Should().BeTrue();
    }

    [Fact]
    public void Explain_DisputedTreatyRecord_SaysSo()
    {
        var disputed = Party("XXB", "Exampleland", "2001-01-01");
        disputed.IsDisputed = true;
        disputed.Notes = "Sources give 2001-01-01 and 2001-02-01 for the deposit.";

        var explanation = Explain("2024-01-01", disputed, Putin, topOffice: false);

        explanation.Text.Should().Contain("public sources disagree on part of Exampleland's treaty record");
        explanation.Contested.Should().BeTrue();
    }
}
