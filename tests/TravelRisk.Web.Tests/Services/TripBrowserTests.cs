using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
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

    TripBrowser Browser => new(
        _app.Services.GetRequiredService<IDbContextFactory<Data.TravelRiskDb>>(),
        _app.Services.GetRequiredService<RiskFactsCache>());

    [Fact]
    public async Task PageAsync_DefaultOrder_NewestFirstWithTotal()
    {
        var page = await Browser.PageAsync(new TripPageRequest(0, 10), CancellationToken.None);

        page.Total.Should().Be(await _app.QueryAsync(db => db.Trips.CountAsync()));
        page.Items.Should().HaveCount(10);
        page.Items.Select(t => t.StartDate).Should()
            .NotContainNulls("undated trips come last")
            .And.BeInDescendingOrder();
    }

    [Theory]
    [InlineData("LeaderName asc")]
    [InlineData("LeaderName desc")]
    [InlineData("HostName asc")]
    [InlineData("StartDate desc")]
    public async Task PageAsync_GridSortExpression_SortsOnTheServer(string orderBy)
    {
        var page = await Browser.PageAsync(
            new TripPageRequest(0, 500, orderBy.Split(' ')[0], orderBy.EndsWith("desc", StringComparison.Ordinal)),
            CancellationToken.None);

        var property = orderBy.Split(' ')[0];
        // Where NULLs go differs between SQLite and PostgreSQL; the order of the known values must not.
        var keys = page.Items
            .Select(t => typeof(TripListItem).GetProperty(property)!.GetValue(t))
            .Where(k => k is not null)
            .ToList();
        // Both databases compare text byte by byte here (SQLite's BINARY collation; the test cluster's C locale).
        var comparer = Comparer<object?>.Create((a, b) => a is string x && b is string y
            ? string.CompareOrdinal(x, y)
            : Comparer<object?>.Default.Compare(a, b));
        if (orderBy.EndsWith("desc", StringComparison.Ordinal))
            keys.Should().BeInDescendingOrder(comparer);
        else
            keys.Should().BeInAscendingOrder(comparer);
    }

    [Fact]
    public async Task PageAsync_Search_MatchesPartOfTheLeadersOrHostsName_IgnoringCase()
    {
        var page = await Browser.PageAsync(new TripPageRequest(0, 500, Search: "mongol"), CancellationToken.None);
        var all = await Browser.PageAsync(new TripPageRequest(0, 500), CancellationToken.None);

        page.Items.Select(t => t.Id).Should().Contain(all.Items
            .Where(t => t.HostName.Contains("Mongol", StringComparison.OrdinalIgnoreCase))
            .Select(t => t.Id));
        page.Items.Should().Contain(t => t.HostIso3 == "MNG");
        page.Total.Should().Be(page.Items.Count).And.BeLessThan(all.Total);
    }

    [Fact]
    public async Task PageAsync_UnknownSortColumn_FallsBackToTheDefaultOrder()
    {
        var page = await Browser.PageAsync(
            new TripPageRequest(0, 10, "RetractionReason; DROP TABLE Trips"),
            CancellationToken.None);

        page.Items.Select(t => t.StartDate).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task PageAsync_DelegatedTrip_CarriesTheRepresentative()
    {
        var page = await Browser.PageAsync(new TripPageRequest(0, 500), CancellationToken.None);

        page.Items.Should().Contain(t => t.HostIso3 == "ZAF"
            && t.StartDate == new DateOnly(2023, 8, 22)
            && t.RepresentativeName == "Sergey Lavrov");
    }

    [Fact]
    public async Task PageAsync_PersonStateAndDates_NarrowOnTheServer_AndEachRowCarriesItsObligation()
    {
        var page = await Browser.PageAsync(
            new TripPageRequest(
                0,
                500,
                Person: "vladimir-putin",
                State: "MNG",
                From: new DateOnly(2024, 1, 1),
                To: new DateOnly(2024, 12, 31)),
            CancellationToken.None);

        var visit = page.Items.Should().ContainSingle().Subject;
        visit.LeaderSlug.Should().Be("vladimir-putin");
        visit.StartDate.Should().Be(new DateOnly(2024, 9, 2));
        visit.Obligation.Should().Be(Obligation.ArrestRequired, "Mongolia has been a State Party since 2002");
        page.Total.Should().Be(1);
    }

    [Fact]
    public async Task PageAsync_ObligationFilter_KeepsOnlyTripsTheRulesGiveThatObligation_AndCountsThem()
    {
        var all = await Browser.PageAsync(
            new TripPageRequest(0, 500, Person: "vladimir-putin"),
            CancellationToken.None);
        var required = await Browser.PageAsync(
            new TripPageRequest(0, 500, Person: "vladimir-putin", Obligation: Obligation.ArrestRequired),
            CancellationToken.None);

        required.Items.Should().NotBeEmpty().And.OnlyContain(t => t.Obligation == Obligation.ArrestRequired);
        required.Items.Select(t => t.Id).Should().BeEquivalentTo(all.Items
            .Where(t => t.Obligation == Obligation.ArrestRequired)
            .Select(t => t.Id));
        required.Total.Should().Be(required.Items.Count).And.BeLessThan(all.Total);
        required.Items.Should().Contain(
            t => t.HostIso3 == "ZAF" && t.Status == TripStatus.Delegated,
            "a delegated trip keeps what the host would have had to do");
    }

    [Fact]
    public async Task PageAsync_Search_FindsTripsBySummitName_RepresentativeAndPublicNote()
    {
        var bySummit = await Browser.PageAsync(new TripPageRequest(0, 500, Search: "brics"), CancellationToken.None);
        var byRepresentative = await Browser.PageAsync(
            new TripPageRequest(0, 500, Search: "lavrov"),
            CancellationToken.None);
        var note = await _app.QueryAsync(db => db.Trips
            .Where(t => t.Notes != null && t.Notes.Length > 40)
            .Select(t => new { t.Id, t.Notes })
            .FirstAsync());
        var word = note.Notes!
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.All(char.IsLetter))
            .MaxBy(w => w.Length)!;
        var byNote = await Browser.PageAsync(
            new TripPageRequest(0, 500, Search: word.ToUpperInvariant()),
            CancellationToken.None);

        bySummit.Items.Should().Contain(t =>
            t.SummitName != null && t.SummitName.Contains("BRICS", StringComparison.OrdinalIgnoreCase));
        byRepresentative.Items.Should().Contain(t => t.RepresentativeName == "Sergey Lavrov");
        byNote.Items.Should().Contain(t => t.Id == note.Id, $"the note of trip {note.Id} contains “{word}”");
    }

    [Fact]
    public async Task PageAsync_SearchByIsoCode_FindsTheHostState()
    {
        var page = await Browser.PageAsync(new TripPageRequest(0, 500, Search: "mng"), CancellationToken.None);

        page.Items.Should().NotBeEmpty().And.Contain(t => t.HostIso3 == "MNG");
    }

    [Fact]
    public async Task ChoicesAsync_OffersPeopleWithTrips_AndEveryState()
    {
        var choices = await Browser.ChoicesAsync(CancellationToken.None);

        choices.People.Select(p => p.Value).Should().Contain("vladimir-putin").And.OnlyHaveUniqueItems();
        choices.People.Select(p => p.Text).Should().BeInAscendingOrder(StringComparer.Ordinal);
        choices.States.Should().Contain(new Choice("MNG", "Mongolia"));
    }
}
