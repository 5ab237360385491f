using Microsoft.AspNetCore.Components;

namespace TravelRisk.Web.Components.Shared;

/// <summary>
/// Makes a page that found nothing (an unknown trip, person or State) answer 404 while it keeps its own helpful
/// text. Only the prerender has a response to set: it is sent after the page's data has loaded, so the status can
/// still change; once the circuit is interactive there is no response left.
/// </summary>
public static class NotFoundStatus
{
    public static void Set(IHttpContextAccessor http, RendererInfo renderer)
    {
        if (!renderer.IsInteractive && http.HttpContext is { Response.HasStarted: false } context)
            context.Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
