using Bunit;
using TravelRisk.Domain.Common;
using TravelRisk.Web.Components.Forms;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Tests.Components;

public class FormErrorsTests : MudTestContext
{
    [Theory]
    [InlineData("sources[0].url", "Source 1, URL")]
    [InlineData("legs[1].country", "Country 2, country")]
    [InlineData("sources[2]", "Source 3")]
    [InlineData("source.publishedOn", "Source, date published")]
    [InlineData("representative", "Representative")]
    [InlineData("somethingNew", "somethingNew")]
    public void Label_NamesTheFieldInWords(string field, string expected)
    {
        FieldNames.Label(field).Should().Be(expected);
    }

    [Theory]
    [InlineData("leaderId", "1", "Vladimir Putin")]
    [InlineData("representativeId", null, "—")]
    [InlineData("summitId", "7", "15th BRICS Summit")]
    [InlineData("summitId", "8", "8")]
    [InlineData("host", "ZAF", "ZAF")]
    public void Value_IdsAsNames(string field, string? value, string expected)
    {
        var names = new IdNames(
            new Dictionary<int, string> { [1] = "Vladimir Putin" },
            new Dictionary<int, string> { [7] = "15th BRICS Summit" });

        FieldNames.Value(field, value, names).Should().Be(expected);
    }

    [Fact]
    public void Render_EveryMessageListed_AndBesideItsField()
    {
        var errors = FormErrors.Group(
        [
            new FieldError("host", "Choose the host State."),
            new FieldError("sources[0].quote", "Quote the words."),
            new FieldError("sources[0].quote", "Too long.")
        ]);

        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        var summary = Render<FormErrors>(p => p.Add(c => c.Errors, errors));
        var field = Render<TextInput>(p => p
            .Add(c => c.For, "sources[0].quote")
            .Add(c => c.Label, "Quote")
            .Add(c => c.Errors, errors));

        summary.FindAll("li").Select(li => li.TextContent).Should().Equal(
            "Host State: Choose the host State.",
            "Source 1, quote: Quote the words.",
            "Source 1, quote: Too long.");
        summary.Markup.Should().Contain("3 problems");
        field.FindAll("[data-error-for='sources[0].quote']").Select(e => e.TextContent)
            .Should().Equal("Quote the words.", "Too long.");
        var input = field.Find("#sources-0-quote");
        input.GetAttribute("aria-invalid").Should().Be("true");
        field.Find("#" + input.GetAttribute("aria-describedby")).TextContent.Should()
            .Contain("Quote the words.")
            .And.Contain("Too long.");
    }
}
