using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Data;
using TravelRisk.Web.Security;
using TravelRisk.Web.Tests.Infrastructure;

namespace TravelRisk.Web.Tests.Services;

/// <summary>The account operations the admin page and the command line share, on the real Identity store.</summary>
public class AccountAdminTests : IAsyncLifetime
{
    const string Password = "Correct-Horse-7";
    readonly TravelRiskApp _app = new();
    AccountAdmin _accounts = null!;

    public Task InitializeAsync()
    {
        _accounts = _app.Services.GetRequiredService<AccountAdmin>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<string> CreateAsync(string email, string role)
    {
        var created = await _accounts.CreateAsync(email, Password, role, CancellationToken.None);
        created.Succeeded.Should().BeTrue(string.Join(" ", created.Errors.Select(e => e.Description)));
        return (await AccountAsync(email)).Id;
    }

    async Task<AccountSummary> AccountAsync(string email) =>
        (await _accounts.ListAsync(CancellationToken.None)).Single(a => a.Email == email);

    async Task<T> WithUsersAsync<T>(Func<UserManager<TravelRiskUser>, Task<T>> use)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<UserManager<TravelRiskUser>>());
    }

    Task<IList<string>> RolesOfAsync(string id) =>
        WithUsersAsync(async users => await users.GetRolesAsync((await users.FindByIdAsync(id))!));

    [Fact]
    public async Task List_EachAccountWithItsHighestRole_ByEmail()
    {
        await CreateAsync("b-editor@example.org", Roles.Editor);
        await CreateAsync("a-admin@example.org", Roles.Admin);
        await CreateAsync("c-viewer@example.org", Roles.Viewer);

        var accounts = await _accounts.ListAsync(CancellationToken.None);

        accounts.Select(a => (a.Email, a.Role)).Should().Equal(
            ("a-admin@example.org", Roles.Admin),
            ("b-editor@example.org", Roles.Editor),
            ("c-viewer@example.org", Roles.Viewer));
        accounts.Should().OnlyContain(a => a.LockedOutUntil == null && a.FailedAttempts == 0);
    }

    [Fact]
    public async Task Create_WeakPassword_IdentitysRuleAndNothingWritten()
    {
        var created = await _accounts.CreateAsync("weak@example.org", "short", Roles.Analyst, CancellationToken.None);

        created.Succeeded.Should().BeFalse();
        created.Errors.Should().Contain(e => e.Code == "PasswordTooShort");
        (await _accounts.ListAsync(CancellationToken.None)).Should().BeEmpty();
        (await _app.QueryAsync(db => db.Roles.CountAsync())).Should()
            .Be(0, "the roles created first are rolled back too");
    }

    [Fact]
    public async Task Create_SameEmailInOtherCase_Refused()
    {
        await CreateAsync("analyst@example.org", Roles.Analyst);

        var again = await _accounts.CreateAsync("Analyst@Example.org", Password, Roles.Editor, CancellationToken.None);

        again.Errors.Select(e => e.Code).Should().Contain("DuplicateUserName");
        (await _accounts.ListAsync(CancellationToken.None)).Should().ContainSingle();
    }

    [Fact]
    public async Task ChangeRole_GivesExactlyTheRoleAndThoseBelowIt()
    {
        var admin = await CreateAsync("admin@example.org", Roles.Admin);
        var user = await CreateAsync("analyst@example.org", Roles.Analyst);

        (await _accounts.ChangeRoleAsync(user, Roles.Admin, admin, CancellationToken.None)).Succeeded.Should().BeTrue();
        (await RolesOfAsync(user)).Should().BeEquivalentTo(Roles.All);

        (await _accounts.ChangeRoleAsync(user, Roles.Viewer, admin, CancellationToken.None))
            .Succeeded.Should().BeTrue();
        (await RolesOfAsync(user)).Should().BeEquivalentTo([Roles.Viewer]);
        (await AccountAsync("analyst@example.org")).Role.Should().Be(Roles.Viewer);
    }

    [Fact]
    public async Task ChangeRole_AdminDemotingThemselves_RefusedWithTheReason()
    {
        var me = await CreateAsync("me@example.org", Roles.Admin);
        await CreateAsync("other@example.org", Roles.Admin);

        var result = await _accounts.ChangeRoleAsync(me, Roles.Editor, me, CancellationToken.None);

        result.Errors.Should().ContainSingle().Which.Description.Should().Contain("another admin must do it");
        (await RolesOfAsync(me)).Should().Contain(Roles.Admin);
    }

    [Fact]
    public async Task ChangeRole_LastAdmin_RefusedUntilThereIsAnother()
    {
        var first = await CreateAsync("first@example.org", Roles.Admin);

        var alone = await _accounts.ChangeRoleAsync(first, Roles.Analyst, actingUserId: null, CancellationToken.None);
        alone.Errors.Should().ContainSingle().Which.Description.Should().Contain("first@example.org is the last Admin");
        (await RolesOfAsync(first)).Should().Contain(Roles.Admin);

        var second = await CreateAsync("second@example.org", Roles.Admin);
        (await _accounts.ChangeRoleAsync(first, Roles.Analyst, second, CancellationToken.None))
            .Succeeded.Should().BeTrue();
        (await AccountAsync("first@example.org")).Role.Should().Be(Roles.Analyst);
    }

    [Fact]
    public async Task ChangeRole_UnknownRoleOrAccount_Refused()
    {
        var user = await CreateAsync("analyst@example.org", Roles.Analyst);

        (await _accounts.ChangeRoleAsync(user, "Root", null, CancellationToken.None))
            .Errors.Single().Code.Should().Be("UnknownRole");
        (await _accounts.ChangeRoleAsync("no-such-id", Roles.Editor, null, CancellationToken.None))
            .Errors.Single().Code.Should().Be("UnknownUser");
        (await RolesOfAsync(user)).Should().BeEquivalentTo([Roles.Viewer, Roles.Analyst]);
    }

    [Fact]
    public async Task Unlock_LockedOutAccount_CountsResetAndItCanSignInAgain()
    {
        _app.Clock.SetUtcNow(DateTimeOffset.UtcNow); // Identity's UserManager times lockouts by the system clock
        var id = await CreateAsync("analyst@example.org", Roles.Analyst);
        async Task FailAsync(int times) => await WithUsersAsync(async users =>
        {
            var user = (await users.FindByIdAsync(id))!;
            for (var i = 0; i < times; i++)
                await users.AccessFailedAsync(user);
            return 0;
        });

        await FailAsync(2);
        (await AccountAsync("analyst@example.org")).Should()
            .Match<AccountSummary>(a => a.FailedAttempts == 2 && a.LockedOutUntil == null);
        await FailAsync(3 + 1); // the fifth locks (and Identity restarts the count), the sixth counts again
        var locked = await AccountAsync("analyst@example.org");
        locked.LockedOutUntil.Should().BeAfter(_app.Clock.GetUtcNow());
        locked.FailedAttempts.Should().Be(1);

        (await _accounts.UnlockAsync(id, CancellationToken.None)).Succeeded.Should().BeTrue();

        (await AccountAsync("analyst@example.org")).Should()
            .Match<AccountSummary>(a => a.FailedAttempts == 0 && a.LockedOutUntil == null);
        (await WithUsersAsync(async users => await users.IsLockedOutAsync((await users.FindByIdAsync(id))!)))
            .Should().BeFalse();
    }
}
