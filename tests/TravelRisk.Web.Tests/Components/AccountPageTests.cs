using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TravelRisk.Web.Components.Pages.Admin;
using TravelRisk.Web.Security;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Components;

/// <summary>The accounts page over the real AccountAdmin and Identity store, signed in as an admin.</summary>
public class AccountPageTests : MudTestContext, IAsyncLifetime
{
    const string Password = "Correct-Horse-7";
    readonly TravelRiskApp _app = new();
    readonly AccountAdmin _accounts;

    public AccountPageTests()
    {
        _accounts = _app.Services.GetRequiredService<AccountAdmin>();
        Services.AddSingleton(_accounts);
        Services.AddSingleton(_app.Services.GetRequiredService<IOptions<IdentityOptions>>());
    }

    public async Task InitializeAsync()
    {
        await Accounts.CreateAsync(_app, "admin@example.org", Password, Roles.Admin);
        await Accounts.CreateAsync(_app, "analyst@example.org", Password, Roles.Analyst);
        var admin = await AccountAsync("admin@example.org");
        var auth = AddAuthorization();
        auth.SetAuthorized(admin.Email);
        auth.SetRoles(Roles.All);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, admin.Id));
    }

    Task IAsyncLifetime.DisposeAsync() => _app.DisposeAsync().AsTask();

    async Task<AccountSummary> AccountAsync(string email) =>
        (await _accounts.ListAsync(CancellationToken.None)).Single(a => a.Email == email);

    // The list loads asynchronously (truly so on PostgreSQL): act only once it is there, or the re-render that
    // follows the load would swap the elements' event handlers under the test.
    IRenderedComponent<AccountList> RenderLoaded()
    {
        var page = Render<AccountList>();
        page.WaitForAssertion(() => Rows(page).Should().Contain(r => r.TextContent.Contains("analyst@example.org")));
        return page;
    }

    static IEnumerable<AngleSharp.Dom.IElement> Rows(IRenderedComponent<AccountList> page) =>
        page.FindAll("[data-testid=accounts] tbody tr");

    [Fact]
    public void OwnRow_HasNoRoleChange_OthersDo_AndNoRowCanBeDeleted()
    {
        var page = RenderLoaded();

        var own = Rows(page).Single(r => r.TextContent.Contains("admin@example.org"));
        var other = Rows(page).Single(r => r.TextContent.Contains("analyst@example.org"));
        own.TextContent.Should().Contain("you").And.NotContain("Change role");
        other.TextContent.Should().Contain("Analyst").And.Contain("Change role");
        page.Markup.Should().NotContain("Delete");
    }

    [Fact]
    public async Task ChangeRole_SavesTheNewRoleAndSaysSo()
    {
        var page = RenderLoaded();

        Rows(page).Single(r => r.TextContent.Contains("analyst@example.org")).QuerySelector("button")!.Click();
        page.WaitForElement("[data-testid=role-choice]").Change(Roles.Editor);
        page.FindAll("button").Single(b => b.TextContent.Contains("Save")).Click();

        page.WaitForAssertion(() => page.Find("[data-testid=status]").TextContent.Should()
            .Contain("analyst@example.org is now an Editor"));
        (await AccountAsync("analyst@example.org")).Role.Should().Be(Roles.Editor);
        page.WaitForAssertion(() => Rows(page).Single(r => r.TextContent.Contains("analyst@example.org")).TextContent
            .Should().Contain("Editor"));
    }

    [Fact]
    public async Task Create_WeakPasswordOrTakenEmail_MessagesBesideTheirFields_NothingWritten()
    {
        var page = RenderLoaded();
        page.Find("#new-email").Change("Analyst@example.org");
        page.Find("#new-password").Change("short");

        page.Find("form").Submit();

        page.WaitForAssertion(() => Messages(page, "#new-password").Should()
            .Contain(m => m.Contains("at least 6 characters")));
        Messages(page, "#new-email").Should().BeEmpty("Identity checks the password first");

        page.Find("#new-password").Change(Password);
        page.Find("form").Submit();

        page.WaitForAssertion(() => Messages(page, "#new-email").Should()
            .Equal("An account already has this e-mail address."));
        Messages(page, "#new-password").Should().BeEmpty("editing the password cleared its messages");
        (await _accounts.ListAsync(CancellationToken.None)).Should().HaveCount(2);
    }

    [Fact]
    public async Task Create_Valid_ListedWithItsRole()
    {
        var page = RenderLoaded();
        page.Find("#new-email").Change("editor@example.org");
        page.Find("#new-role").Change(Roles.Editor);
        page.Find("#new-password").Change(Password);

        page.Find("form").Submit();

        page.WaitForAssertion(() => page.Find("[data-testid=status]").TextContent.Should()
            .Contain("Created an Editor account for editor@example.org"));
        (await AccountAsync("editor@example.org")).Role.Should().Be(Roles.Editor);
        page.WaitForAssertion(() => Rows(page).Should().Contain(r => r.TextContent.Contains("editor@example.org")));
        page.Find("#new-email").GetAttribute("value").Should()
            .BeNullOrEmpty("the form is cleared for the next account");
    }

    static IEnumerable<string> Messages(IRenderedComponent<AccountList> page, string input) =>
        page.Find(input).ParentElement!.QuerySelectorAll(".validation-message").Select(m => m.TextContent);
}
