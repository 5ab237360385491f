using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Components.Pages.Trips;
using TravelRisk.Web.Components.Shared;
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
        Services.AddSingleton<SharedMarkup>();
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
        var navigation = Services.GetRequiredService<NavigationManager>();
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
        Services.GetRequiredService<NavigationManager>().NavigateTo("/trips?review=retracted");

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
        page.Find("[data-testid=pager] .pager-at").TextContent.Should().Be("Page 1 of 2");
        page.Find("[data-testid=pager] a[aria-label^='Next page']").GetAttribute("href").Should().Be("/trips?page=2");
    }

    [Fact]
    public void PageInTheAddress_AsksForThatPage_AndAPageSizeChangeGoesBackToTheFirst()
    {
        AddAuthorization();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/trips?page=2&sort=leader");
        var page = RenderList();

        page.WaitForAssertion(() => page.FindAll("tbody tr").Count.Should().Be(5));
        (_trips.Calls.Last().Skip, _trips.Calls.Last().SortBy).Should().Be((25, "LeaderName"));
        page.Find("[data-testid=pager] a[aria-label^='Previous page']").GetAttribute("href")
            .Should().Be("/trips?sort=leader");

        page.Find("select#page-size").Change("50");

        page.WaitForAssertion(() => navigation.Uri.Should().EndWith("/trips?sort=leader&size=50"));
        page.WaitForAssertion(() => (_trips.Calls.Last().Skip, _trips.Calls.Last().Take).Should().Be((0, 50)));
    }

    [Fact]
    public void ChoosingAnOrder_PutsItInTheAddress_ForPhonesWhereTheHeadingsAreHidden()
    {
        AddAuthorization();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/trips?page=2");
        var page = RenderList();
        page.WaitForAssertion(() => page.FindAll("tbody tr").Count.Should().Be(5));
        page.Find("select#order").GetAttribute("value").Should().Be("", "newest first is the default");

        page.Find("select#order").Change("leader:desc");

        page.WaitForAssertion(() => navigation.Uri.Should().EndWith("/trips?sort=leader&dir=desc"));
        page.WaitForAssertion(() =>
            (_trips.Calls.Last().SortBy, _trips.Calls.Last().Descending, _trips.Calls.Last().Skip)
                .Should().Be(("LeaderName", true, 0)));
    }

    [Fact]
    public void APageAfterTheLast_ShowsTheLastPage_AndUnreadableOrderAndSizeAreNamed()
    {
        AddAuthorization();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/trips?page=9&sort=colour&size=7");
        var page = RenderList();

        page.WaitForAssertion(() => page.FindAll("tbody tr").Count.Should().Be(5));
        page.Find("[data-testid=pager] .pager-at").TextContent.Should().Be("Page 2 of 2");
        page.Find("[data-testid=filter-problem]").TextContent.Should()
            .Contain("sort “colour”").And.Contain("rows per page “7”");
        _trips.Calls.Last().SortBy.Should().BeNull("an unknown column is not guessed");
    }

    [Fact]
    public void ClickLeaderHeader_SortsOnTheServer()
    {
        AddAuthorization();
        var page = RenderList();
        page.WaitForAssertion(() => page.FindAll("tbody tr").Count.Should().Be(25));

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.Find("th[aria-sort=descending]").TextContent
            .Should().StartWith("Dates", "the default order is newest first");

        navigation.NavigateTo(LeaderHeader(page).GetAttribute("href")!);

        page.WaitForAssertion(() => (_trips.Calls.Last().SortBy, _trips.Calls.Last().Descending)
            .Should().Be(("LeaderName", false)));
        page.WaitForAssertion(() => page.Find("tbody tr td").TextContent.Should().Contain("Omar al-Bashir"));
        page.Find("th[aria-sort=ascending]").TextContent.Should().StartWith("Leader");
        LeaderHeader(page).GetAttribute("href")
            .Should().Be("/trips?sort=leader&dir=desc", "a second click sorts descending");

        navigation.NavigateTo(LeaderHeader(page).GetAttribute("href")!);

        page.WaitForAssertion(() => (_trips.Calls.Last().SortBy, _trips.Calls.Last().Descending)
            .Should().Be(("LeaderName", true)));
        page.WaitForAssertion(() => page.Find("tbody tr td").TextContent.Should().Contain("Vladimir Putin"));
    }

    static AngleSharp.Dom.IElement LeaderHeader(IRenderedComponent<TripList> page) =>
        page.FindAll("th a.sort-link").First(a => a.TextContent.StartsWith("Leader", StringComparison.Ordinal));

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
        Services.GetRequiredService<NavigationManager>()
            .NavigateTo("/trips?q=brics&person=vladimir-putin&state=mng&obligation=ArrestRequired"
                + "&status=Delegated&review=Verified&from=2023-01-01&to=2023-12-31");

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
        csv.Should().Be("/api/v1/export/trips.csv?person=vladimir-putin&state=MNG&review=Verified"
            + "&status=Delegated&obligation=ArrestRequired&from=2023-01-01&to=2023-12-31");
        page.FindAll("[data-testid=clear-filters]").Should().ContainSingle();
    }

    [Fact]
    public void UnreadableFiltersInTheQueryString_AreNamed_AndNotApplied()
    {
        AddAuthorization();
        Services.GetRequiredService<NavigationManager>()
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
        var navigation = Services.GetRequiredService<NavigationManager>();
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
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var navigation = Services.GetRequiredService<NavigationManager>();
        if (navigation.Uri == navigation.BaseUri)
            navigation.NavigateTo("/trips"); // where the page lives, so its links are built from its address
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
