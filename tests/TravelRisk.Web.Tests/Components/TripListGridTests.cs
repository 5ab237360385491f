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
    public void Render_LoadsFirstPageFromTheServer()
    {
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
        public List<(int Skip, int Take, string? OrderBy)> Calls { get; } = [];

        public override Task<TripPage> PageAsync(int skip, int take, string? orderBy, CancellationToken ct)
        {
            Calls.Add((skip, take, orderBy));
            var query = items.AsQueryable();
            if (!string.IsNullOrEmpty(orderBy))
                query = query.OrderBy(orderBy);
            return Task.FromResult(new TripPage(query.Skip(skip).Take(take).ToList(), items.Count));
        }
    }
}
