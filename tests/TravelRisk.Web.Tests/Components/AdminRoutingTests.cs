using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Components;
using TravelRisk.Web.Security;

namespace TravelRisk.Web.Tests.Components;

/// <summary>
/// Inside a circuit the router, not the server, moves between pages, so no request meets the authorization
/// middleware: the router itself must keep signed-out visitors and other roles off the admin pages.
/// </summary>
public class AdminRoutingTests : MudTestContext
{
    readonly BunitAuthorizationContext _auth;

    public AdminRoutingTests()
    {
        _auth = AddAuthorization();
        // MainLayout reads it; the circuit is where the router, not the server, decides.
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/api-keys")]
    public void SignedOut_SentToSignInWithTheWayBack(string url)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(url);

        Render<Routes>();

        new Uri(navigation.Uri).PathAndQuery.Should().Be($"/account/login?ReturnUrl={Uri.EscapeDataString(url)}");
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/api-keys")]
    public void Analyst_ToldNotAllowed_PageNotRendered(string url)
    {
        _auth.SetAuthorized("analyst@example.org");
        _auth.SetRoles(Roles.Viewer, Roles.Analyst);
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);

        var page = Render<Routes>();

        page.Find("h1").TextContent.Should().Be("Not allowed");
    }
}
