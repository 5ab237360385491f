using Bunit;
using TravelRisk.Web.Components.Forms;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Tests.Components;

public class FilterManyTests : MudTestContext
{
    static readonly Choice[] People =
    [
        new("benjamin-netanyahu", "Benjamin Netanyahu"), new("omar-al-bashir", "Omar al-Bashir"),
        new("vladimir-putin", "Vladimir Putin"),
    ];

    readonly List<IReadOnlyList<string>> applied = [];

    IRenderedComponent<FilterMany> Render(params string[] values) => Render<FilterMany>(p => p
        .Add(c => c.Id, "leaders")
        .Add(c => c.Label, "Leaders")
        .Add(c => c.Choices, People)
        .Add(c => c.Values, values)
        .Add(c => c.ValuesChanged, (IReadOnlyList<string> v) => applied.Add(v)));

    [Fact]
    public void NothingChosen_SaysEveryone_AndTicksApplyInTheListsOrder()
    {
        var filter = Render();
        filter.Find("#leaders").TextContent.Trim().Should().Be("Everyone");
        filter.Find("button.filter-many-clear").HasAttribute("disabled").Should().BeTrue();

        filter.Find("input[value=vladimir-putin]").Change(true);
        filter.Find("input[value=benjamin-netanyahu]").Change(true);
        filter.Find("input[value=vladimir-putin]").Change(false);

        applied.Should().HaveCount(3);
        applied[0].Should().Equal("vladimir-putin");
        applied[1].Should().Equal("benjamin-netanyahu", "vladimir-putin");
        applied[2].Should().Equal("benjamin-netanyahu");
    }

    [Fact]
    public void TheButtonNamesWhoIsShown_EvenAValueNotInTheList_AndEveryoneClearsTheChoice()
    {
        var filter = Render("vladimir-putin", "someone-unknown", "omar-al-bashir");

        filter.Find("#leaders").TextContent.Trim().Should().Be("Omar al-Bashir, Vladimir Putin, someone-unknown");
        filter.Find("#leaders").GetAttribute("aria-labelledby").Should().Be("leaders-label leaders");
        filter.Find("input[value=omar-al-bashir]").HasAttribute("checked").Should().BeTrue();
        filter.Find("input[value=benjamin-netanyahu]").HasAttribute("checked").Should().BeFalse();

        filter.Find("button.filter-many-clear").Click();

        applied.Should().ContainSingle().Which.Should().BeEmpty();
    }
}
