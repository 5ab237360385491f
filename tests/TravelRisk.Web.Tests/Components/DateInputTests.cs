using Bunit;
using Microsoft.AspNetCore.Components;
using TravelRisk.Web.Components.Forms;

namespace TravelRisk.Web.Tests.Components;

public class DateInputTests : MudTestContext
{
    readonly RejectedDates rejected = new();
    readonly List<DateOnly?> changes = [];

    public DateInputTests() => Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    IRenderedComponent<CascadingValue<RejectedDates>> Render(DateOnly? value) =>
        Render<CascadingValue<RejectedDates>>(p => p
            .Add(c => c.Value, rejected)
            .Add(c => c.IsFixed, true)
            .AddChildContent<DateInput>(d => d
                .Add(c => c.For, "startDate")
                .Add(c => c.Label, "First day")
                .Add(c => c.Hint, "Leave empty if no source gives it")
                .Add(c => c.Value, value)
                .Add(c => c.ValueChanged, (DateOnly? v) => changes.Add(v))));

    [Fact]
    public void ADateWrittenYearMonthDay_IsTaken_AndEmptyClearsIt()
    {
        var field = Render(new DateOnly(2026, 12, 1));
        field.Find("#startDate").GetAttribute("value").Should().Be("2026-12-01");

        field.Find("#startDate").Change(" 2026-12-14 ");
        field.Find("#startDate").Change("");

        changes.Should().Equal(new DateOnly(2026, 12, 14), null);
        rejected.Any.Should().BeFalse();
    }

    [Theory]
    [InlineData("14/12/2026")]
    [InlineData("2026-02-30")]
    [InlineData("next week")]
    public void TextThatIsNotADate_StaysInTheField_IsNamedBesideIt_AndBlocksSaving(string typed)
    {
        var field = Render(new DateOnly(2026, 12, 1));

        field.Find("#startDate").Change(typed);

        field.Find("#startDate").GetAttribute("value").Should().Be(typed);
        field.Find("#startDate").GetAttribute("aria-invalid").Should().Be("true");
        field.Find("#startDate").GetAttribute("aria-describedby").Should().Be("startDate-hint startDate-typed");
        field.Find("#startDate-typed").TextContent.Should().Contain($"“{typed}” is not a date written yyyy-MM-dd");
        rejected.TypedFor("startDate").Should().Be(typed);
        changes.Should().Equal([null], "the old day is not kept behind a field that says otherwise");

        field.Find("#startDate").Change("2026-12-14");
        rejected.Any.Should().BeFalse();
        field.FindAll("#startDate-typed").Should().BeEmpty();
    }

    [Fact]
    public void TheCalendarIsRenderedOnlyWhileOpen_AndEscapeClosesIt()
    {
        var field = Render(null);
        var button = () => field.Find("button[aria-label='Choose first day in a calendar']");
        field.FindAll(".mud-picker").Should().BeEmpty();
        button().GetAttribute("aria-expanded").Should().Be("false");
        var keyWhileClosed = () => field.Find(".date-field").KeyDown("Escape");
        keyWhileClosed.Should().Throw<MissingEventHandlerException>("typing a date sends no key to the server");

        button().Click();

        field.FindAll("#startDate-calendar .mud-picker").Should().NotBeEmpty();
        button().GetAttribute("aria-expanded").Should().Be("true");
        button().GetAttribute("aria-controls").Should().Be("startDate-calendar");

        field.Find(".date-field").KeyDown("Escape");

        field.FindAll(".mud-picker").Should().BeEmpty();
        button().GetAttribute("aria-expanded").Should().Be("false");
    }
}
