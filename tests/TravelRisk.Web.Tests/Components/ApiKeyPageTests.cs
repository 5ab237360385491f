using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Components.Pages.Admin;
using TravelRisk.Web.Security;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Components;

/// <summary>
/// The API key page over the real ApiKeys service and database: the secret is shown once, revoking asks first.
/// </summary>
public class ApiKeyPageTests : MudTestContext, IAsyncLifetime
{
    readonly TravelRiskApp _app = new();
    readonly ApiKeys _keys;

    public ApiKeyPageTests()
    {
        _keys = _app.Services.GetRequiredService<ApiKeys>();
        Services.AddSingleton(_keys);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => _app.DisposeAsync().AsTask();

    static void Create(IRenderedComponent<ApiKeyList> page, string name)
    {
        page.Find("#key-name").Change(name);
        page.Find("form").Submit();
    }

    // The list loads asynchronously (truly so on PostgreSQL): act only once a known key is shown, or the
    // re-render that follows the load would swap the elements' event handlers under the test.
    IRenderedComponent<ApiKeyList> RenderShowing(string name)
    {
        var page = Render<ApiKeyList>();
        page.WaitForAssertion(() => page.Find("[data-testid=api-keys]").TextContent.Should().Contain(name));
        return page;
    }

    [Fact]
    public async Task Create_ShowsAWorkingSecretOnce_WithTheWarning_ThenNeverAgain()
    {
        await _keys.CreateAsync("archive", CancellationToken.None);
        var page = RenderShowing("archive");

        Create(page, "newsroom");

        page.WaitForAssertion(() => page.FindAll("[data-testid=new-key-secret]").Should().ContainSingle());
        var secret = page.Find("[data-testid=new-key-secret]").TextContent;
        (await _keys.FindActiveAsync(secret, CancellationToken.None)).Should().Be("newsroom");
        page.Find("[data-testid=new-key]").TextContent.Should().Contain("it cannot be shown again");
        page.WaitForAssertion(() => page.Find("[data-testid=api-keys]").TextContent.Should()
            .Contain("newsroom")
            .And.Contain("Active"));

        page.Find("[data-testid=forget-key]").Click();
        page.WaitForAssertion(() => page.Markup.Should().NotContain(secret));
        RenderShowing("newsroom").Markup.Should().NotContain(secret, "a new visit to the page has only the hash");
    }

    [Theory]
    [InlineData("has space", "A name is 1 to 100 letters")]
    [InlineData("newsroom", "An active key is already named \"newsroom\"")]
    public async Task Create_BadOrTakenName_MessageBesideTheField_NoSecret(string name, string message)
    {
        await _keys.CreateAsync("newsroom", CancellationToken.None);
        var page = RenderShowing("newsroom");

        Create(page, name);

        page.WaitForAssertion(() => page.Find("#key-name").ParentElement!.QuerySelector(".validation-message")!
            .TextContent.Should().Contain(message));
        page.FindAll("[data-testid=new-key-secret]").Should().BeEmpty();
        (await _keys.ListAsync(CancellationToken.None)).Should().ContainSingle();
    }

    [Fact]
    public async Task Revoke_AsksFirst_KeepingChangesNothing_ConfirmingRevokes()
    {
        var secret = (await _keys.CreateAsync("newsroom", CancellationToken.None))!;
        var dialogs = RenderProviders();
        var page = RenderShowing("newsroom");

        page.Find("[data-testid=revoke]").Click();
        dialogs.WaitForAssertion(() => dialogs.Markup.Should().Contain("Revoke API key?"));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Keep it").Click();
        dialogs.WaitForAssertion(() => dialogs.Markup.Should().NotContain("Revoke API key?"));
        (await _keys.FindActiveAsync(secret, CancellationToken.None)).Should().Be("newsroom");

        page.Find("[data-testid=revoke]").Click();
        dialogs.WaitForAssertion(() => dialogs.Markup.Should().Contain("Revoke API key?"));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Revoke").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=status]").TextContent.Should()
            .Contain("Revoked \"newsroom\""));
        (await _keys.FindActiveAsync(secret, CancellationToken.None)).Should().BeNull();
        page.WaitForAssertion(() => page.Find("[data-testid=api-keys]").TextContent.Should()
            .Contain("Revoked 2026-11-24 12:00"));
        page.FindAll("[data-testid=revoke]").Should().BeEmpty();
    }
}
