using Bunit;
using TravelRisk.Web.Components.Forms;

namespace TravelRisk.Web.Tests.Components;

public class FilterSearchTests : MudTestContext
{
    readonly List<string> applied = [];

    IRenderedComponent<FilterSearch> Render(string? value) => Render<FilterSearch>(p => p
        .Add(c => c.Id, "trip-search")
        .Add(c => c.Label, "Search")
        .Add(c => c.Value, value)
        .Add(c => c.ValueChanged, (string v) => applied.Add(v)));

    [Fact]
    public void Typing_IsAppliedOnceAfterThePause_Trimmed_NotOnEveryKeystroke()
    {
        var box = Render(null);

        foreach (var text in new[] { "m", "mo", "mon", "mong ", })
            box.Find("input").Input(text);

        applied.Should().BeEmpty("nothing is applied while the reader is still typing");
        box.WaitForAssertion(() => applied.Should().Equal("mong"), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Enter_AppliesAtOnce_AndTheSameTextIsNotAppliedTwice()
    {
        var box = Render("putin");

        box.Find("input").Change("putin"); // the address already says so
        box.Find("input").Change(" bashir ");
        box.Find("input").Change("bashir");

        applied.Should().Equal("bashir");
    }

    [Fact]
    public void ItsOwnSearchComingBack_LeavesTheBoxAlone_AChangeFromElsewhereIsShown()
    {
        var box = Render(null);
        box.Find("input").Change("mongolia");
        var whileTyping = box.Markup;

        // The page applied it: no edit of the box goes to the browser, where the reader may be typing on.
        box.Render(p => p.Add(c => c.Value, "mongolia"));
        box.Markup.Should().Be(whileTyping);

        box.Render(p => p.Add(c => c.Value, "sudan")); // Back, to an older address
        box.Find("input").GetAttribute("value").Should().Be("sudan");

        box.Render(p => p.Add(c => c.Value, (string?)null)); // "Clear filters"
        box.Find("input").GetAttribute("value").Should().BeNullOrEmpty();
        applied.Should().Equal("mongolia");
    }
}
