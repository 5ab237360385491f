using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Services;

/// <summary>New summits (form and REST) and the live assessment of a trip form's draft.</summary>
public class SummitAndDraftTests(WriterApp writer) : IClassFixture<WriterApp>
{
    readonly SummitWriter _summits = writer.App.Services.GetRequiredService<SummitWriter>();
    readonly TripForms _forms = writer.App.Services.GetRequiredService<TripForms>();

    static SummitRequest Summit(
        string name = "Test summit",
        string series = "BRICS",
        string host = "IND",
        DateOnly? start = null) =>
        new(name, series, host, "New Delhi", start, start, "https://example.org/summit", null);

    [Fact]
    public async Task Create_SlugFromSeriesAndYear_MadeUniqueWithASuffix()
    {
        var first = await _summits.CreateAsync(
            Summit(series: "Test Series", start: new(2031, 5, 1)),
            CancellationToken.None);
        var second = await _summits.CreateAsync(
            Summit(series: "Test Series", start: new(2031, 9, 1)),
            CancellationToken.None);

        first.Summit!.Slug.Should().Be("test-series-2031");
        second.Summit!.Slug.Should().Be("test-series-2031-2");
    }

    [Fact]
    public async Task Create_Undated_SlugFromTheName()
    {
        var (summit, errors) = await _summits.CreateAsync(
            Summit(name: "Sommet de l'Union africaine, Malabo", series: "AU"),
            CancellationToken.None);

        errors.Should().BeEmpty();
        summit!.Slug.Should().Be("au-sommet-de-l-union-africaine-malabo");
    }

    [Fact]
    public async Task Create_Invalid_EveryProblemByField_NothingWritten()
    {
        var before = await writer.CountAsync<Summit>();

        var (summit, errors) = await _summits.CreateAsync(
            new SummitRequest(" ", null, "XXX", null, new(2030, 5, 2), new(2030, 5, 1), "ftp://x", null),
            CancellationToken.None);

        summit.Should().BeNull();
        errors.Select(e => e.Field).Should().BeEquivalentTo(["name", "series", "host", "endDate", "source"]);
        (await writer.CountAsync<Summit>()).Should().Be(before);
    }

    [Fact]
    public async Task PostSummit_WithKey_201AndListedWithTheHostsObligations()
    {
        using var response = await writer.Client.SendAsync(writer.Request(HttpMethod.Post, "/api/v1/summits", new
        {
            name = "Summit in Ulaanbaatar",
            series = "Other",
            host = "MNG",
            startDate = "2032-07-01",
            endDate = "2032-07-02",
            source = "https://example.org/mng",
        }));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<SummitResponse>(HttpAssertions.Json))!;
        created.Slug.Should().Be("other-2032");
        created.Obligations.Should().Contain(o =>
            o.Person == "vladimir-putin" && o.Obligation == Obligation.ArrestRequired);
        var listed = await writer.Client.GetFromJsonAsync<List<SummitResponse>>(
            "/api/v1/summits?from=2032-01-01",
            HttpAssertions.Json);
        listed!.Select(s => s.Slug).Should().Contain("other-2032");
    }

    [Fact]
    public async Task PostSummit_Invalid_400ProblemKeyedByField()
    {
        using var response = await writer.Client.SendAsync(writer.Request(
            HttpMethod.Post,
            "/api/v1/summits",
            new { name = "No host", series = "Other", source = "https://example.org" }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).ErrorsFor("host")
            .Should().ContainSingle();
    }

    [Fact]
    public async Task AssessDraft_FollowsTheFields()
    {
        var draft = new TripRequest(
            Leader: "vladimir-putin",
            Host: null,
            Summit: null,
            StartDate: new(2024, 9, 3),
            EndDate: new(2024, 9, 3),
            Status: TripStatus.Reported,
            Representative: null,
            Confidence: Confidence.High,
            Notes: null,
            Legs: [],
            Sources: []);
        (await _forms.AssessAsync(draft, CancellationToken.None)).Should().BeNull("there is no host yet");

        var mongolia = await _forms.AssessAsync(draft with { Host = "MNG" }, CancellationToken.None);
        mongolia!.Obligation.Should().Be(Obligation.ArrestRequired);

        var kazakhstan = await _forms.AssessAsync(draft with { Host = "KAZ" }, CancellationToken.None);
        kazakhstan!.Obligation.Should().Be(Obligation.NoTreatyObligation);

        var transitThroughParty = await _forms.AssessAsync(
            draft with
            {
                Host = "KAZ",
                Legs = [new LegRequest(LegKind.Transit, "TJK", new(2024, 9, 3), null, null, null)]
            },
            CancellationToken.None);
        transitThroughParty!.Obligation.Should().Be(Obligation.ArrestRequired);
        transitThroughParty.DecidingState.Should().Be("TJK");

        var badDates = await _forms.AssessAsync(
            draft with { Host = "MNG", EndDate = new(2024, 9, 1) },
            CancellationToken.None);
        badDates!.Obligation.Should().Be(Obligation.Undetermined, "an end before the start is not guessed at");
        var undated = await _forms.AssessAsync(
            draft with
            {
                Host = "MNG",
                StartDate = null,
                EndDate = null,
                Legs = [new LegRequest(LegKind.Visit, "ZZZ", null, null, null, null)]
            },
            CancellationToken.None);
        undated!.Obligation.Should().Be(
            Obligation.Undetermined,
            "no date is known, and the unknown leg country is left out rather than guessed");
    }

    [Fact]
    public async Task Choices_ListPeopleStatesAndSummits_WantedPeopleMarked()
    {
        var choices = await _forms.ChoicesAsync(CancellationToken.None);

        choices.People.Should().Contain(c => c.Value == "vladimir-putin" && c.Text == "Vladimir Putin (wanted)");
        choices.States.Should().Contain(c => c.Value == "ZAF" && c.Text == "South Africa (ZAF)");
        choices.Summits.Should().Contain(c => c.Value == "brics-2023");
        (await writer.App.QueryAsync(db => db.Summits.CountAsync())).Should().Be(choices.Summits.Count);
    }
}
