using FluentAssertions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Components.Pages.Changes;
using TravelRisk.Web.Components.Shared;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Tests.Components;

/// <summary>
/// Shared markup is rendered once per version and audience and handed to every circuit as the same string; a new
/// version renders again, and what it renders is encoded as Blazor encodes it.
/// </summary>
public class SharedMarkupTests
{
    readonly SharedMarkup shared = new(
        new ServiceCollection().BuildServiceProvider(validateScopes: true).GetRequiredService<IServiceScopeFactory>(),
        NullLoggerFactory.Instance);
    int loads;

    Task<MarkupString> ChangesAsync(string variant, object version, string summary, bool staff) =>
        shared.GetAsync<RecentChangeTable>(variant, version, () =>
        {
            loads++;
            return Task.FromResult<IDictionary<string, object?>>(new Dictionary<string, object?>
            {
                ["Changes"] = new List<RecentChange>
                {
                    new(
                        7,
                        2,
                        new DateTime(2026, 12, 1, 9, 30, 0, DateTimeKind.Utc),
                        "analyst@example.org",
                        summary,
                        1,
                        "Vladimir Putin",
                        "Mongolia",
                        new DateOnly(2024, 9, 2),
                        ReviewState.Verified,
                        false)
                },
                ["Staff"] = staff,
            });
        });

    [Fact]
    public async Task SameVersion_IsRenderedOnce_AndSharedAsOneString()
    {
        var first = await ChangesAsync("public", "1-10", "Corrected the dates", staff: false);
        var second = await ChangesAsync("public", "1-10", "ignored: same version", staff: false);

        loads.Should().Be(1);
        ReferenceEquals(first.Value, second.Value).Should().BeTrue();
        first.Value.Should()
            .Contain("Corrected the dates")
            .And.Contain("href=\"/trips/7\"")
            .And.Contain("Vladimir Putin → Mongolia");
    }

    [Fact]
    public async Task NewVersion_RendersAgain_AndEachAudienceHasItsOwn()
    {
        await ChangesAsync("public", "1-10", "Before", staff: false);
        var newer = await ChangesAsync("public", "1-11", "<script>alert(1)</script> after", staff: false);
        var staffView = await ChangesAsync("staff", "1-11", "after", staff: true);

        loads.Should().Be(3);
        newer.Value.Should().Contain("&lt;script&gt;").And.NotContain("<script>").And.NotContain("analyst@example.org");
        staffView.Value.Should().Contain("analyst@example.org");
    }
}
