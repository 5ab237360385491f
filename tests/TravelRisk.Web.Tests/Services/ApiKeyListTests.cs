using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Security;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Services;

public class ApiKeyListTests
{
    [Fact]
    public async Task List_ActiveFirst_NamesAndDatesFromTheClock()
    {
        await using var app = new TravelRiskApp();
        var keys = app.Services.GetRequiredService<ApiKeys>();
        var created = app.Clock.GetUtcNow();
        await keys.CreateAsync("newsroom", CancellationToken.None);
        await keys.CreateAsync("archive", CancellationToken.None);
        app.Clock.Advance(TimeSpan.FromDays(3));
        await keys.RevokeAsync("archive", CancellationToken.None);
        await keys.CreateAsync("zeta", CancellationToken.None);

        var list = await keys.ListAsync(CancellationToken.None);

        list.Select(k => k.Name).Should().Equal("newsroom", "zeta", "archive");
        list[0].CreatedAtUtc.Should().Be(created.UtcDateTime);
        list[0].RevokedAtUtc.Should().BeNull();
        list[2].RevokedAtUtc.Should().Be(created.AddDays(3).UtcDateTime);
    }

    [Theory]
    [InlineData("newsroom", true)]
    [InlineData("desk_2.eu-west", true)]
    [InlineData("", false)]
    [InlineData("has space", false)]
    [InlineData("café", false)]
    public void IsValidName(string name, bool valid) => ApiKeys.IsValidName(name).Should().Be(valid);

    [Fact]
    public void IsValidName_AtMost100Characters()
    {
        ApiKeys.IsValidName(new string('a', 100)).Should().BeTrue();
        ApiKeys.IsValidName(new string('a', 101)).Should().BeFalse();
    }

    [Fact]
    public async Task Create_InvalidName_RefusedBeforeAnythingIsWritten()
    {
        await using var app = new TravelRiskApp();
        var keys = app.Services.GetRequiredService<ApiKeys>();

        await keys.Invoking(k => k.CreateAsync("bad name", CancellationToken.None)).Should()
            .ThrowAsync<ArgumentException>();

        (await keys.ListAsync(CancellationToken.None)).Should().BeEmpty();
    }
}
