using Microsoft.AspNetCore.Components;

namespace TravelRisk.Web.Components.Shared;

/// <summary>
/// A page that found nothing (an unknown trip, person or State) hands over to the Router's not-found page:
/// during the prerender .NET 10 answers 404 and re-executes /not-found; once interactive it shows that page in place.
/// Setting the status by hand answered 404 with either page, depending on whether the lookup finished synchronously.
/// </summary>
public static class NotFoundStatus
{
    public static void Set(NavigationManager navigation) => navigation.NotFound();
}
