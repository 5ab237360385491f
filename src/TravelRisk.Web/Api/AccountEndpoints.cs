using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using TravelRisk.Web.Security;

namespace TravelRisk.Web.Api;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A form post from the header (with its antiforgery token), so a link elsewhere cannot sign people out.
        app.MapPost("/account/logout", async (HttpContext context, AccountSignIn signIn, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Sign out from the app's own Sign out button",
                    detail: "The request carried no valid antiforgery token, so it was not taken as yours.");
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).ExcludeFromDescription();

        // Who is signed in (for scripts and the two-instance test).
        app.MapGet("/account/me", (ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true
                ? Results.Ok(new
                {
                    email = user.Identity.Name,
                    roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray()
                })
                : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in"))
            .ExcludeFromDescription();
        return app;
    }
}
