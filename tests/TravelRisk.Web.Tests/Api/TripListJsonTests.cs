using System.Buffers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Api;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Api;

/// <summary>
/// GET /api/v1/trips?include=risk is written from each trip's assessment kept as bytes (issue 13): the page must be
/// exactly what the serializer writes with every Risk set, and a trip that changes must never be shown with its
/// old assessment.
/// </summary>
public class TripListJsonTests(WriterApp writer) : IClassFixture<WriterApp>
{
    JsonSerializerOptions Json =>
        writer.App.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    [Theory]
    [InlineData(1, 200)]
    [InlineData(2, 50)]
    [InlineData(9, 100)] // past the last trip: an empty page
    public async Task Page_SameBytesAsTheSerializer(int page, int pageSize)
    {
        var trips = writer.App.Services.GetRequiredService<TripQueries>();
        var list = await trips.PageAsync(new TripFilter(IncludeRetracted: true), page, pageSize, default);
        var facts = await writer.App.Services.GetRequiredService<RiskFactsCache>().GetAsync(default);
        var clock = writer.App.Services.GetRequiredService<TimeProvider>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var expected = JsonSerializer.SerializeToUtf8Bytes(
            list.Page with
            {
                Items = [.. list.Page.Items.Select((summary, i) => summary with { Risk = list.Risks[i] })],
            },
            Json);
        var json = writer.App.Services.GetRequiredService<TripListJson>();

        for (var pass = 0; pass < 2; pass++) // the second from the kept assessments
        {
            var actual = new ArrayBufferWriter<byte>();
            json.Write(list, actual);
            actual.WrittenSpan.ToArray().Should().Equal(expected, $"pass {pass + 1}, page {page} of {pageSize}");
        }
        foreach (var (summary, risk) in list.Page.Items.Zip(list.Risks))
        {
            // The kept assessment is the one worded afresh, and the summary's flag is its.
            risk.Should().BeEquivalentTo(RiskAssessments.TripRisk(facts, await TripAsync(summary.Id), today));
            (summary.Obligation, summary.Reason, summary.DecidingDay).Should().Be(
                (risk.Obligation, risk.Reason, risk.DecidingDay));
        }
    }

    Task<Trip> TripAsync(int id) =>
        writer.App.QueryAsync(db => db.Trips.AsNoTracking().Include(t => t.Legs).SingleAsync(t => t.Id == id));

    [Fact]
    public async Task ATripThatChanges_IsListedWithItsNewAssessment()
    {
        var trip = await writer.CreatePlannedTripAsync("analyst@example.org", "2026-12-20");
        var url = "/api/v1/trips?person=vladimir-putin&state=MNG&from=2026-12-20&to=2026-12-20&include=risk";
        var before = await writer.Client.OkJsonAsync<PageResponse<TripSummaryResponse>>(url);

        before.Items.Should().ContainSingle().Which.Risk!.TripStatus.Should().Be(TripStatus.Planned);
        using var cancel = writer.Request(
            HttpMethod.Post,
            $"/api/v1/trips/{trip.Id}/cancellation",
            new CancellationRequest(
                "Called off.",
                WriterTrips.Source("Example News", "https://example.org/off"),
                null));
        (await writer.Client.SendAsync(cancel)).EnsureSuccessStatusCode();
        var after = await writer.Client.OkJsonAsync<PageResponse<TripSummaryResponse>>(url);

        var listed = after.Items.Should().ContainSingle().Subject;
        (listed.Status, listed.Risk!.TripStatus, listed.Revision).Should().Be(
            (TripStatus.Cancelled, TripStatus.Cancelled, 2));
        listed.Risk.Should().BeEquivalentTo(
            await writer.Client.OkJsonAsync<TripRiskResponse>($"/api/v1/trips/{trip.Id}/risk"));
    }
}
