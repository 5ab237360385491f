using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Radzen;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Components.Pages.Trips;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Tests.Components;

public class TripListGridTests : BunitContext
{
    readonly FakeTripBrowser _trips = new(Enumerable.Range(1, 30).Select(i => new TripListItem
    {
        Id = i,
        LeaderName = i % 2 == 0 ? "Vladimir Putin" : "Omar al-Bashir",
        LeaderSlug = "x",
        HostName = $"Host {i:00}",
        HostIso3 = "KGZ",
        StartDate = new DateOnly(2023, 1, 1).AddDays(i),
        EndDate = new DateOnly(2023, 1, 1).AddDays(i),
        Status = TripStatus.Reported,
    }).ToList());

    public TripListGridTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
        Services.AddScoped<TripBrowser>(_ => _trips);
    }

    [Fact]
    public void Render_Anonymous_NoNewTripButton_Analyst_HasOne()
    {
        var auth = AddAuthorization();
        Render<TripList>().FindAll("[data-testid=new-trip]").Should().BeEmpty();

        auth.SetAuthorized("analyst@example.org");
        auth.SetRoles("Viewer", "Analyst");
        Render<TripList>().FindAll("[data-testid=new-trip]").Should().ContainSingle();
    }

    [Fact]
    public void ReviewInQueryString_FiltersOnTheServer_AndEachRowShowsItsReview()
    {
        AddAuthorization();
        _trips.Items[0] = _trips.Items[0] with { Review = ReviewState.Verified };
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("/trips?review=Verified");

        var page = Render<TripList>();

        page.WaitForAssertion(() => page.FindAll("tbody tr").Should().ContainSingle());
        _trips.Calls.Last().Review.Should().Be(ReviewState.Verified);
        page.Find("tbody tr [data-review]").GetAttribute("data-review").Should().Be("Verified");
    }

    [Fact]
    public void RetractedChoice_AsksForRetractedTrips()
    {
        AddAuthorization();
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/trips?review=retracted");

        var page = Render<TripList>();

        page.WaitForAssertion(() => _trips.Calls.Should().NotBeEmpty());
        _trips.Calls.Last().Retracted.Should().BeTrue();
        page.Markup.Should().Contain("withdrawn from the record");
    }

    [Fact]
    public void Render_LoadsFirstPageFromTheServer()
    {
        AddAuthorization();
        var page = Render<TripList>();

        page.WaitForAssertion(() => page.FindAll("tbody tr").Count.Should().Be(25));
        var call = _trips.Calls.Should().ContainSingle().Subject;
        (call.Skip, call.Take).Should().Be((0, 25));
        call.OrderBy.Should().BeNullOrEmpty("the first page uses the default order");
        page.Markup.Should().Contain("30 items");
    }

    [Fact]
    public void ClickLeaderHeader_SortsOnTheServer()
    {
        AddAuthorization();
        var page = Render<TripList>();
        page.WaitForAssertion(() => page.FindAll("tbody tr").Count.Should().Be(25));

        page.FindAll("th").First(th => th.TextContent.Contains("Leader")).QuerySelector(".rz-column-title, .rz-sortable-column, span")!
            .ParentElement!.Click();

        page.WaitForAssertion(() => _trips.Calls.Last().OrderBy.Should().Be("LeaderName asc"));
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

        var page = Render<TripList>();

        page.WaitForAssertion(() => page.Markup.Should().Contain("Delegated (Sergey Lavrov went)"));
    }

    sealed class FakeTripBrowser(List<TripListItem> items) : TripBrowser(null!)
    {
        public List<TripListItem> Items => items;
        public List<(int Skip, int Take, string? OrderBy, ReviewState? Review, bool Retracted)> Calls { get; } = [];

        public override Task<TripPage> PageAsync(int skip, int take, string? orderBy, ReviewState? review, bool retracted, CancellationToken ct)
        {
            Calls.Add((skip, take, orderBy, review, retracted));
            var query = items.AsQueryable().Where(t => (t.RetractionReason != null) == retracted && (review == null || t.Review == review));
            if (!string.IsNullOrEmpty(orderBy))
                query = query.OrderBy(orderBy);
            return Task.FromResult(new TripPage(query.Skip(skip).Take(take).ToList(), query.Count()));
        }
    }
}
