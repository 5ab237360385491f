using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Components.Pages.States;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Tests.Components;

public class StatePageTests : MudTestContext
{
    static readonly Country Burundi = new()
    {
        Iso3 = "BDI",
        Iso2 = "BI",
        Name = "Burundi",
        Source = "https://treaties.un.org/",
        Timeline = new StatuteTimeline
        {
            SignedOn = new(1999, 1, 13),
            DepositedOn = new(2004, 9, 21),
            DepositKind = DepositKind.Ratification,
            InForceOn = new(2004, 12, 1),
            WithdrawalNotifiedOn = new(2016, 10, 27),
            WithdrawalEffectiveOn = new(2017, 10, 27),
        },
    };

    [Fact]
    public void Strip_BurundiFromAdoptionToToday_OneSegmentPerStatus()
    {
        var strip = StatePages.Strip(Burundi.Timeline, new DateOnly(2026, 11, 24));

        strip.Select(s => s.Status).Should().Equal(
            StatuteStatus.NonSignatory,
            StatuteStatus.Signatory,
            StatuteStatus.PartyNotYetInForce,
            StatuteStatus.Party,
            StatuteStatus.PartyWithdrawing,
            StatuteStatus.Withdrawn);
        strip[0].From.Should().Be(StatuteDates.Adopted);
        strip[^1].Should().Be(new StripSegment(new(2017, 10, 27), new(2026, 11, 24), StatuteStatus.Withdrawn));
        strip.Zip(strip.Skip(1)).Should().OnlyContain(
            pair => pair.First.To == pair.Second.From,
            "the periods follow each other without gaps");
    }

    [Fact]
    public void Render_ShowsStripFindingsAndVisitsWithTheirObligations()
    {
        var finding = new Finding
        {
            Code = "bdi-x-2020",
            CountryIso3 = "BDI",
            Kind = FindingKind.NonCompliance,
            DecidedOn = new(2020, 1, 2),
            ReferredTo = ["ASP"],
            Source = "https://www.icc-cpi.int/",
            TripId = 7
        };
        var page = new StatePage(
            Burundi,
            StatuteStatus.Withdrawn,
            StatePages.Strip(Burundi.Timeline, new DateOnly(2026, 11, 24)),
            [new FindingRow(finding, "Someone Wanted")],
            [
                new TripRow(
                    Id: 7,
                    PersonName: "Someone Wanted",
                    PersonSlug: "someone-wanted",
                    HostName: "Burundi",
                    HostIso3: "BDI",
                    StartDate: new(2019, 5, 1),
                    EndDate: null,
                    Status: TripStatus.Reported,
                    Review: ReviewState.Verified,
                    Obligation: Obligation.ArrestRequired)
            ]);
        Services.AddScoped<IStatePages>(_ => new FakePages(page));

        var rendered = Render<StateDetail>(p => p.Add(c => c.Iso3, "bdi"));

        rendered.Find("h1").TextContent.Should().Be("Burundi");
        rendered.FindAll(".statute-strip rect").Select(r => r.GetAttribute("data-status"))
            .Should().Contain(["Party", "PartyWithdrawing", "Withdrawn"]);
        rendered.Find("[data-status=Withdrawn]").TextContent.Should().Contain("Withdrawn");
        rendered.Markup.Should()
            .Contain("NonCompliance")
            .And.Contain("referred to ASP")
            .And.Contain("href=\"/trips/7\"");
        rendered.Find("tr[data-trip-id='7']").GetAttribute("data-obligation").Should().Be("ArrestRequired");
    }

    [Fact]
    public void Render_UnknownState_SaysSo()
    {
        Services.AddScoped<IStatePages>(_ => new FakePages(null));

        var rendered = Render<StateDetail>(p => p.Add(c => c.Iso3, "XXX"));

        rendered.Find("h1").TextContent.Should().Be("No such State");
    }

    sealed class FakePages(StatePage? page) : IStatePages
    {
        public Task<StatePage?> StateAsync(string iso3, CancellationToken ct) =>
            Task.FromResult(iso3 == "BDI" ? page : null);
    }
}
