using TravelRisk.Web.Components.Forms;

namespace TravelRisk.Web.Tests.Components;

public class RejectedDatesTests
{
    [Fact]
    public void RemoveItem_ForgetsTheRemovedRow_AndMovesLaterRowsUp()
    {
        var dates = new RejectedDates();
        dates.Reject("legs[0].startDate", "a");
        dates.Reject("legs[1].startDate", "b");
        dates.Reject("legs[2].endDate", "c");
        dates.Reject("sources[1].publishedOn", "d");

        dates.RemoveItem("legs", 1);

        dates.TypedFor("legs[0].startDate").Should().Be("a");
        dates.TypedFor("legs[1].startDate").Should().BeNull();
        dates.TypedFor("legs[1].endDate").Should().Be("c");
        dates.TypedFor("legs[2].endDate").Should().BeNull();
        dates.TypedFor("sources[1].publishedOn").Should().Be("d");
        dates.Errors()["dates"].Single().Should().Contain("3 dates could not be read").And.Contain("“c”");
    }

    [Fact]
    public void Accept_ClearsTheField()
    {
        var dates = new RejectedDates();
        dates.Reject("startDate", "14/12/2026");
        dates.Any.Should().BeTrue();

        dates.Accept("startDate");

        dates.Any.Should().BeFalse();
    }
}
