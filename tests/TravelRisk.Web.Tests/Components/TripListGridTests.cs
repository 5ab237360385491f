using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Components.Pages.Trips;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Tests.Components;

public class TripListGridTests : MudTestContext
{
    readonly FakeTripBrowser _trips = new([.. Enumerable.Range(1, 30).Select(i => new TripListItem
    {
        Id = i,
        LeaderName = i % 2 == 0 ? "Vladimir Putin" : "Omar al-Bashir",
        LeaderSlug = "x",
        HostName = $"Host {i:00}",
        HostIso3 = "KGZ",
        StartDate = new DateOnly(2023, 1, 1).AddDays(i),
        EndDate = new DateOnly(2023, 1, 1).AddDays(i),
        Status = TripStatus.Reported,
    })]);

    public TripListGridTests()
    {
        Services.AddScoped<ITripBrowser>(_ => _trips);
    }

    [Fact]
    public void Render_Anonymous_NoNewTripButton_Analyst_HasOne()
    {
        var auth = AddAuthorization();
        RenderList().FindAll("[data-testid=new-trip]").Should().BeEmpty();

        auth.SetAuthorized("analyst@example.org");
        auth.SetRoles("Viewer", "Analyst");
        RenderList().FindAll("[data-testid=new-trip]").Should().ContainSingle();
    }

    [Fact]
    public void ReviewInQueryString_FiltersOnTheServer_AndEachRowShowsItsReview()
    {
        AddAuthorization();
        _trips.Items[0] = _trips.Items[0] with { Review = ReviewState.Verified };
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("/trips?review=Verified");

        var page = RenderList();

        page.WaitForAssertion(() => page.FindAll("tbody tr").Should().ContainSingle());
        _trips.Calls.Last().Review.Should().Be(ReviewState.Verified);
        page.Find("tbody tr [data-review]").GetAttribute("data-review").Should().Be("Verified");
    }

    [Fact]
    public void RetractedChoice_AsksForRetractedTrips()
    {
        AddAuthorization();
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>()
            .NavigateTo("/trips?review=retracted");

        var page = RenderList();

        page.WaitForAssertion(() => _trips.Calls.Should().NotBeEmpty());
        _trips.Calls.Last().Retracted.Should().BeTrue();
        page.Markup.Should().Contain("withdrawn from the record");
    }

    [Fact]
    public void Render_LoadsFirstPageFromTheServer()
    {
        AddAuthorization();
        var page = RenderList();

        page.WaitForAssertion(() => page.FindAll("tbody tr").Count.Should().Be(25));
        var call = _trips.Calls.Should().ContainSingle().Subject;
        (call.Skip, call.Take).Should().Be((0, 25));
        call.SortBy.Should().BeNullOrEmpty("the first page uses the default order");
        page.Markup.Should().Contain("1-25 of 30");
    }

    [Fact]
    public void ClickLeaderHeader_SortsOnTheServer()
    {
        AddAuthorization();
        var page = RenderList();
        page.WaitForAssertion(() => page.FindAll("tbody tr").Count.Should().Be(25));

        page.FindAll("th")
            .First(th => th.TextContent.Contains("Leader"))
            .QuerySelector(".sortable-column-header")!.Click();

        page.WaitForAssertion(() => (_trips.Calls.Last().SortBy, _trips.Calls.Last().Descending)
            .Should().Be(("LeaderName", false)));
        page.WaitForAssertion(() => page.Find("tbody tr td").TextContent.Should().Contain("Omar al-Bashir"));
    }

    [Fact]
    public void Render_DelegatedTrip_NamesTheRepresentative()
    {
        AddAuthorization();
        _trips.Items.Insert(0, new TripListItem
        {
            Id = 99,
            LeaderName = "Vladimir Putin",
            LeaderSlug = "vladimir-putin",
            HostName = "South Africa",
            HostIso3 = "ZAF",
            StartDate = new(2023, 8, 22),
            EndDate = new(2023, 8, 24),
            Status = TripStatus.Delegated,
            SummitName = "15th BRICS summit",
            RepresentativeName = "Sergey Lavrov",
        });

        var page = RenderList();

        page.WaitForAssertion(() => page.Markup.Should().Contain("Delegated (Sergey Lavrov went)"));
    }

    [Fact]
    public void EveryFilterInTheQueryString_ReachesTheServer_AndTheExportLinks()
    {
        AddAuthorization();
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>()
            .NavigateTo("/trips?q=brics&person=vladimir-putin&state=mng&obligation=ArrestRequired&status=Delegated&review=Verified&from=2023-01-01&to=2023-12-31");

        var page = RenderList();

        page.WaitForAssertion(() => _trips.Calls.Should().NotBeEmpty());
        _trips.Calls.Last().Should().BeEquivalentTo(new TripPageRequest(
            0,
            25,
            Review: ReviewState.Verified,
            Search: "brics",
            Person: "vladimir-putin",
            State: "MNG",
            Status: TripStatus.Delegated,
            Obligation: Domain.Rules.Obligation.ArrestRequired,
            From: new DateOnly(2023, 1, 1),
            To: new DateOnly(2023, 12, 31)));
        var csv = page.Find("[data-testid=export-links] a").GetAttribute("href");
        csv.Should().Be("/api/v1/export/trips.csv?person=vladimir-putin&state=MNG&review=Verified&status=Delegated&obligation=ArrestRequired&from=2023-01-01&to=2023-12-31");
        page.FindAll("[data-testid=clear-filters]").Should().ContainSingle();
    }

    [Fact]
    public void UnreadableFiltersInTheQueryString_AreNamed_AndNotApplied()
    {
        AddAuthorization();
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>()
            .NavigateTo("/trips?from=03/09/2024&obligation=Maybe&person=nobody");

        var page = RenderList();

        page.WaitForAssertion(() => _trips.Calls.Should().NotBeEmpty());
        (_trips.Calls.Last().From, _trips.Calls.Last().Obligation, _trips.Calls.Last().Person)
            .Should().Be((null, null, null));
        var problem = page.Find("[data-testid=filter-problem]").TextContent;
        problem.Should()
            .Contain("from “03/09/2024”")
            .And.Contain("obligation “Maybe”")
            .And.Contain("person “nobody”");
    }

    [Fact]
    public void ChoosingAStatus_PutsItInTheAddress()
    {
        AddAuthorization();
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("/trips");
        var page = RenderList();
        page.WaitForAssertion(() => page.FindAll("tbody tr").Count.Should().Be(25));

        page.Find("select#status-filter").Change("Cancelled");

        page.WaitForAssertion(() => navigation.Uri.Should().EndWith("/trips?status=Cancelled"));
        page.WaitForAssertion(() => _trips.Calls.Last().Status.Should().Be(TripStatus.Cancelled));
    }

    // As in a circuit, after the test's services are set up: the page disables its filters until it is interactive.
    IRenderedComponent<TripList> RenderList()
    {
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        return Render<TripList>();
    }

    sealed class FakeTripBrowser(List<TripListItem> items) : ITripBrowser
    {
        public Task<TripListChoices> ChoicesAsync(CancellationToken ct) =>
            Task.FromResult(new TripListChoices(
                [new("vladimir-putin", "Vladimir Putin"), new("omar-al-bashir", "Omar al-Bashir")],
                [new("KGZ", "Kyrgyzstan"), new("MNG", "Mongolia")]));

        public List<TripListItem> Items => items;
        public List<TripPageRequest> Calls { get; } = [];

        public Task<TripPage> PageAsync(TripPageRequest request, CancellationToken ct)
        {
            Calls.Add(request);
            var query = items.Where(t => (t.RetractionReason != null) == request.Retracted
                && (request.Review == null || t.Review == request.Review));
            if (request.SortBy == nameof(TripListItem.LeaderName))
                query = request.Descending
                    ? query.OrderByDescending(t => t.LeaderName)
                    : query.OrderBy(t => t.LeaderName);
            var list = query.ToList();
            return Task.FromResult(new TripPage(list.Skip(request.Skip).Take(request.Take).ToList(), list.Count));
        }
    }
}
