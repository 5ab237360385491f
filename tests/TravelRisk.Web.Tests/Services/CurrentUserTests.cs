using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Data;
using TravelRisk.Web.Security;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Services;

/// <summary>A circuit keeps the roles it started with; the writes' role check must see a change made since.</summary>
public class CurrentUserTests(WriterApp writer) : IClassFixture<WriterApp>
{
    sealed class SignedIn(string name) : AuthenticationStateProvider
    {
        // The circuit's view: still an Analyst, whatever the database now says.
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, Roles.Analyst)],
                "test"))));
    }

    CurrentUser For(string email) =>
        new(new SignedIn(email), writer.App.Services.GetRequiredService<IServiceScopeFactory>());

    [Fact]
    public async Task RoleRemovedAfterSignIn_WritesRefusedAtOnce()
    {
        await Accounts.CreateAsync(writer.App, "demoted@example.org", "Correct-Horse-7", Roles.Analyst);
        var user = For("demoted@example.org");
        (await user.NameIfInRoleAsync(Roles.Analyst)).Should().Be("demoted@example.org");
        (await user.NameIfInRoleAsync(Roles.Editor)).Should().BeNull();

        var admin = writer.App.Services.GetRequiredService<AccountAdmin>();
        var id = (await admin.ListAsync(CancellationToken.None)).Single(a => a.Email == "demoted@example.org").Id;
        (await admin.ChangeRoleAsync(id, Roles.Viewer, null, CancellationToken.None)).Succeeded.Should().BeTrue();

        (await user.NameIfInRoleAsync(Roles.Analyst)).Should()
            .BeNull("the database, not the circuit's claims, decides");
    }

    [Fact]
    public async Task UnknownOrLockedOutAccount_Refused()
    {
        (await For("nobody@example.org").NameIfInRoleAsync(Roles.Viewer)).Should().BeNull();

        await Accounts.CreateAsync(writer.App, "locked@example.org", "Correct-Horse-7", Roles.Editor);
        await using var scope = writer.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider
            .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<TravelRiskUser>>();
        await users.SetLockoutEndDateAsync(
            (await users.FindByNameAsync("locked@example.org"))!,
            DateTimeOffset.UtcNow.AddHours(1));

        (await For("locked@example.org").NameIfInRoleAsync(Roles.Analyst)).Should().BeNull();
    }
}
