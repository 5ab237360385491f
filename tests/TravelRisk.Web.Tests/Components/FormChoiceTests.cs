using Bunit;
using Microsoft.AspNetCore.Components;
using TravelRisk.Web.Components.Forms;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Tests.Components;

public class FormChoiceTests : MudTestContext
{
    static readonly Choice[] States =
    [
        new("CIV", "Côte d’Ivoire"), new("MCO", "Monaco"), new("MNG", "Mongolia"), new("MNE", "Montenegro"),
        new("ZAF", "South Africa"),
    ];

    readonly List<string?> chosen = [];

    public FormChoiceTests() => Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    IRenderedComponent<FormChoice> Render(string? value, bool invalid = false) => Render<FormChoice>(p => p
        .Add(c => c.For, "host")
        .Add(c => c.Label, "Host State")
        .Add(c => c.Hint, "Type part of the name")
        .Add(c => c.Errors, invalid ? new Dictionary<string, string[]> { ["host"] = ["Choose the host State."] } : null)
        .Add(c => c.Noun, "State")
        .Add(c => c.Choices, States)
        .Add(c => c.Value, value)
        .Add(c => c.ValueChanged, (string? v) => chosen.Add(v)));

    [Fact]
    public void APartOnlyOneNameContains_IsTaken_AndTheBoxShowsTheWholeName()
    {
        var field = Render(null);

        field.Find("input").Change("mongol");

        chosen.Should().Equal("MNG");
        field.Find("input").GetAttribute("value").Should().Be("Mongolia");
        field.FindAll("#host-problem").Should().BeEmpty();
        field.Find("input").GetAttribute("aria-describedby").Should().Be("host-hint");
    }

    [Fact]
    public void ANameFitsSeveral_IsNamedBesideTheField_AndTheBoxGoesBackToTheChoice()
    {
        var field = Render("ZAF");

        field.Find("input").Change("mon");

        chosen.Should().BeEmpty("what is saved stays what is shown");
        field.Find("#host-problem").TextContent.Should()
            .Be("“mon” fits several: Monaco, Mongolia, Montenegro. Choose one from the list.");
        field.Find("input").GetAttribute("value").Should().Be("South Africa");
        field.Find("input").GetAttribute("aria-invalid").Should().Be("true");
        field.Find("input").GetAttribute("aria-describedby").Should().Be("host-hint host-problem");

        field.Find("input").Change("Atlantis");
        field.Find("#host-problem").TextContent.Should().Be("No State called “Atlantis”. Choose one from the list.");

        field.Find("input").Change(new string('x', 5_000));
        field.Find("#host-problem").TextContent.Should().Be(
            $"No State called “{new string('x', 40)}…”. Choose one from the list.",
            "a pasted page is not repeated");
        field.Find("input").GetAttribute("maxlength").Should().Be("200");
    }

    [Fact]
    public void PickingFromTheList_IsTakenAsItIsTyped_AndClearingTheBoxClearsTheChoice()
    {
        var field = Render("ZAF");

        field.Find("input").Input("Mont");
        field.Find("input").Input("Montenegro");
        field.Find("input").Change("");

        chosen.Should().Equal("MNE", null);
    }

    [Fact]
    public void TheServersErrorIsAnnounced_AndTheListOffersEveryName()
    {
        var field = Render(null, invalid: true);

        field.Find("input").GetAttribute("aria-invalid").Should().Be("true");
        field.Find("input").GetAttribute("aria-describedby").Should().Be("host-hint host-error");
        field.Find("#host-error [data-error-for=host]").TextContent.Should().Be("Choose the host State.");
        field.Find("#host-hint").TextContent.Should().Be("Type part of the name");
        field.FindAll("#host-choices option").Select(o => o.GetAttribute("value"))
            .Should().Equal(States.Select(s => s.Text));
    }
}
