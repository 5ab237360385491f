using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Services;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Services;

public class TripBrowserTests : IAsyncLifetime
{
    readonly TravelRiskApp _app = new();

    public Task InitializeAsync()
    {
        _app.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    TripBrowser Browser => new(_app.Services.GetRequiredService<IDbContextFactory<Data.TravelRiskDb>>());

    [Fact]
    public async Task PageAsync_DefaultOrder_NewestFirstWithTotal()
    {
        var page = await Browser.PageAsync(new TripPageRequest(0, 10), CancellationToken.None);

        page.Total.Should().Be(await _app.QueryAsync(db => db.Trips.CountAsync()));
        page.Items.Should().HaveCount(10);
        page.Items.Select(t => t.StartDate).Should().NotContainNulls("undated trips come last").And.BeInDescendingOrder();
    }

    [Theory]
    [InlineData("LeaderName asc")]
    [InlineData("LeaderName desc")]
    [InlineData("HostName asc")]
    [InlineData("StartDate desc")]
    public async Task PageAsync_GridSortExpression_SortsOnTheServer(string orderBy)
    {
        var page = await Browser.PageAsync(new TripPageRequest(0, 500, orderBy.Split(' ')[0], orderBy.EndsWith("desc", StringComparison.Ordinal)), CancellationToken.None);

        var property = orderBy.Split(' ')[0];
        // Where NULLs go differs between SQLite and PostgreSQL; the order of the known values must not.
        var keys = page.Items.Select(t => typeof(TripListItem).GetProperty(property)!.GetValue(t)).Where(k => k is not null).ToList();
        // Both databases compare text byte by byte here (SQLite's BINARY collation; the test cluster's C locale).
        var comparer = Comparer<object?>.Create((a, b) => a is string x && b is string y ? string.CompareOrdinal(x, y) : Comparer<object?>.Default.Compare(a, b));
        if (orderBy.EndsWith("desc", StringComparison.Ordinal))
            keys.Should().BeInDescendingOrder(comparer);
        else
            keys.Should().BeInAscendingOrder(comparer);
    }

    [Fact]
    public async Task PageAsync_Search_MatchesPartOfTheLeadersOrHostsName_IgnoringCase()
    {
        var page = await Browser.PageAsync(new TripPageRequest(0, 500, Search: "mongol"), CancellationToken.None);

        page.Items.Should().NotBeEmpty().And.OnlyContain(t => t.HostName.Contains("Mongol", StringComparison.OrdinalIgnoreCase) || t.LeaderName.Contains("mongol", StringComparison.OrdinalIgnoreCase));
        page.Total.Should().Be(page.Items.Count);
    }

    [Fact]
    public async Task PageAsync_UnknownSortColumn_FallsBackToTheDefaultOrder()
    {
        var page = await Browser.PageAsync(new TripPageRequest(0, 10, "RetractionReason; DROP TABLE Trips"), CancellationToken.None);

        page.Items.Select(t => t.StartDate).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task PageAsync_DelegatedTrip_CarriesTheRepresentative()
    {
        var page = await Browser.PageAsync(new TripPageRequest(0, 500), CancellationToken.None);

        page.Items.Should().Contain(t => t.HostIso3 == "ZAF" && t.StartDate == new DateOnly(2023, 8, 22) && t.RepresentativeName == "Sergey Lavrov");
    }
}
