using Bunit;
using TravelRisk.Web.Components.Forms;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Tests.Components;

public class FilterChoiceTests : MudTestContext
{
    static readonly Choice[] States =
    [
        new("CIV", "Côte d’Ivoire"), new("GIN", "Guinea"), new("GNB", "Guinea-Bissau"), new("MNG", "Mongolia"),
        new("MNE", "Montenegro"), new("ZAF", "South Africa"),
    ];

    readonly List<string> chosen = [];

    IRenderedComponent<FilterChoice> Render(string? value = null) => Render<FilterChoice>(p => p
        .Add(c => c.Id, "state")
        .Add(c => c.Label, "Host State")
        .Add(c => c.Noun, "State")
        .Add(c => c.Choices, States)
        .Add(c => c.Value, value)
        .Add(c => c.ValueChanged, (string v) => chosen.Add(v)));

    [Theory]
    [InlineData("Mongolia", "MNG")]
    [InlineData("  cote d’ivoire ", "CIV")] // case and accents are ignored
    [InlineData("mng", "MNG")] // the code a reader may know
    [InlineData("Mongol", "MNG")] // a part only one name contains
    [InlineData("Guinea", "GIN")] // a whole name wins over the longer one containing it
    public void ANameOrAPartOnlyOneFits_IsTaken(string typed, string expected)
    {
        var field = Render();

        field.Find("input").Change(typed);

        chosen.Should().Equal(expected);
        field.FindAll("[role=alert]").Should().BeEmpty();
        field.Find("input").HasAttribute("aria-invalid").Should().BeFalse();
    }

    [Theory]
    [InlineData("Atlantis", "No State called “Atlantis”. Choose one from the list.")]
    [InlineData("mon", "“mon” fits several: Mongolia, Montenegro. Choose one from the list.")]
    public void UnknownOrAmbiguousText_IsNamedBesideTheField_AndNothingIsApplied(string typed, string message)
    {
        var field = Render("ZAF");

        field.Find("input").Change(typed);

        chosen.Should().BeEmpty();
        field.Find("#state-problem").TextContent.Should().Be(message);
        field.Find("input").GetAttribute("aria-invalid").Should().Be("true");
        field.Find("input").GetAttribute("aria-describedby").Should().Be("state-problem");
    }

    [Fact]
    public void PickingANameFromTheList_IsTakenAsItIsTyped_AndClearingTheBoxClearsTheFilter()
    {
        var field = Render("ZAF");
        field.Find("input").GetAttribute("value").Should().Be("South Africa");

        field.Find("input").Input("Mont");
        field.Find("input").Input("Montenegro");
        field.Find("input").Change("");

        chosen.Should().Equal("MNE", "");
    }

    [Fact]
    public void TheListOffersEveryName_Encoded()
    {
        var field = Render();

        field.Find("input").GetAttribute("list").Should().Be("state-choices");
        field.FindAll("#state-choices option").Select(o => o.GetAttribute("value"))
            .Should().Equal(States.Select(s => s.Text));
    }
}
