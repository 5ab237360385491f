using Bunit;
using TravelRisk.Domain.Cases;
using TravelRisk.Web.Components.Shared;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Tests.Components;

public class OutcomesTests : MudTestContext
{
    [Fact]
    public void Render_FindingWithReferral_ReadsAsSentencesWithTheLinkApart()
    {
        var finding = new Finding
        {
            Code = "mng-2024",
            CountryIso3 = "MNG",
            Kind = FindingKind.NonCompliance,
            DecidedOn = new(2024, 10, 24),
            Chamber = "Pre-Trial Chamber II",
            ReferredTo = ["ASP"],
            Source = "https://www.icc-cpi.int/",
        };

        var rendered = Render<Outcomes>(p =>
            p.Add(c => c.Rows, [new OutcomeRow(finding, "Vladimir Putin", "Mongolia")]));

        var text = rendered.Find("li").TextContent;
        text.Should().Contain("It referred the matter to the Assembly of States Parties. Mongolia’s findings",
            "the referral sentence and the link to the State's findings are two things, not one word");
    }
}
