using Microsoft.Playwright;
using TravelRisk.Browser.Tests.Infrastructure;

namespace TravelRisk.Browser.Tests;

[Trait("Category", "Browser")]
public class SignInTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task SignIn_WrongThenRightPassword_ThenSignOut()
    {
        await app.CreateAccountAsync("analyst@example.org", "Correct-Horse-7", "Analyst");
        var page = await app.Browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString() });
        await page.GotoAsync("/account/login");

        await page.GetByLabel("E-mail").FillAsync("analyst@example.org");
        await page.GetByLabel("Password").FillAsync("wrong");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The e-mail or password is wrong.");

        await page.GetByLabel("Password").FillAsync("Correct-Horse-7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.GetByText("analyst@example.org")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_EmptyFields_MessagesBesideTheFields()
    {
        var page = await app.Browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString() });
        await page.GotoAsync("/account/login");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Enter your e-mail address.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Enter your password.")).ToBeVisibleAsync();
    }
}
