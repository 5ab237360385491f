using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Services;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Services;

public class TimelineLayoutTests : IAsyncLifetime
{
    static readonly DateOnly Start = new(2024, 1, 1);
    readonly TravelRiskApp _app = new();

    public Task InitializeAsync()
    {
        _app.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void RowsNeeded_TripsWhoseLabelsWouldTouch_GoOnSeparateRows_DistantOnesShareOne()
    {
        // A year drawn 365 px wide: a pixel a day; each label needs over 60 px.
        (DateOnly, DateOnly?, string)[] close =
            [(Start, null, "Mongolia"), (Start.AddDays(10), null, "China"), (Start.AddDays(20), null, "Kazakhstan")];
        (DateOnly, DateOnly?, string)[] apart =
            [(Start, null, "Mongolia"), (Start.AddDays(150), null, "China"), (Start.AddDays(300), null, "Kazakhstan")];

        TimelineLayout.RowsNeeded(close, Start, 365, 365).Should().Be(3);
        TimelineLayout.RowsNeeded(apart, Start, 365, 365).Should().Be(1);
        TimelineLayout.RowsNeeded(close, Start, 365, 365 * 20).Should()
            .Be(1, "twenty pixels a day leave room for every label");
    }

    [Fact]
    public void RowsNeeded_ALongTrip_TakesItsDaysEvenWhenWiderThanItsLabel()
    {
        (DateOnly, DateOnly?, string)[] items = [(Start, Start.AddDays(200), "UN"), (Start.AddDays(100), null, "UN")];

        TimelineLayout.RowsNeeded(items, Start, 365, 365).Should().Be(2);
    }

    [Fact]
    public void PeriodMonths_GroupsAreAtLeastAsWideAsTheirLabel_AndGrowAsTheWindowWidens()
    {
        var label = TimelineLayout.LabelPx("999 trips");

        foreach (var (days, width) in new[] { (180, 900.0), (730, 900.0), (3650, 900.0), (3650, 300.0), (9000, 300.0) })
        {
            var months = TimelineLayout.PeriodMonths(days, width);
            (months * 30.44 * width / days).Should()
                .BeGreaterThanOrEqualTo(label, $"{months} months in a {days}-day window {width} px wide");
        }
        TimelineLayout.PeriodMonths(3650, 300).Should().BeGreaterThan(TimelineLayout.PeriodMonths(730, 900));
    }

    [Fact]
    public void GroupExtent_RunsFromTheFirstTripToTheLast_AtLeastLabelWide_InsideItsPeriodAndTheWindow()
    {
        // Ten years 1,000 px wide: about 3.65 days a pixel.
        (DateOnly, DateOnly?, string)[] trips =
            [(new(2023, 3, 1), new(2023, 3, 4), "China"), (new(2023, 9, 1), null, "Mongolia")];

        var (start, end) = TimelineLayout.GroupExtent(trips, "2 trips", new(2018, 1, 1), 3650, 1000, new(2028, 1, 1));
        start.Should().Be(new DateOnly(2023, 3, 1), "a group starts at its first trip, not at its period");
        (end.DayNumber - start.DayNumber).Should().BeGreaterThanOrEqualTo(
            (int)(TimelineLayout.LabelPx("2 trips") * 3.65),
            "at least as wide as its label");

        var clipped = TimelineLayout.GroupExtent(trips, "2 trips", new(2023, 6, 1), 365, 1000, new(2023, 10, 1));
        clipped.Start.Should().Be(new DateOnly(2023, 6, 1), "inside the window");
        clipped.End.Should().BeBefore(new DateOnly(2023, 10, 1), "a gap before the next period");
    }

    [Fact]
    public void MaxRows_ALoneLaneMayUseTheScreen_ManyLanesShareIt()
    {
        TimelineLayout.MaxRows(1).Should().BeGreaterThan(TimelineLayout.MaxRows(7));
        TimelineLayout.MaxRows(40).Should().Be(3);
    }

    [Fact]
    public async Task ItemsAsync_NarrowWindowGroupsALanesTrips_WideOneShowsThemOneByOne_NoTripLost()
    {
        var timelines = _app.Services.CreateScope().ServiceProvider.GetRequiredService<TimelineService>();
        var filter = new TimelineFilter(["vladimir-putin"], null, null, null);
        var (from, to) = (new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31));

        var phone = await timelines.ItemsAsync(filter, from, to, 120, CancellationToken.None);
        var wall = await timelines.ItemsAsync(filter, from, to, 20_000, CancellationToken.None);

        phone.Should().Contain(i => i.Cluster);
        wall.Should().NotContain(i => i.Cluster).And.Contain(i => i.Label == "Mongolia");
        phone.Sum(i => i.Count).Should().Be(wall.Count, "a group counts every trip it stands for");
        phone.Where(i => i.Cluster).Should().OnlyContain(
            i => string.CompareOrdinal(i.Start, "2023-01-01") >= 0,
            "a group starts inside the window, where its label can be read");
    }
}
