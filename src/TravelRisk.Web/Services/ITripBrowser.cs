namespace TravelRisk.Web.Services;

/// <summary>What the trip list page reads, so its component tests can give it trips without a database.</summary>
public interface ITripBrowser
{
    /// <inheritdoc cref="TripBrowser.PageAsync"/>
    Task<TripPage> PageAsync(TripPageRequest request, CancellationToken ct);

    /// <inheritdoc cref="TripBrowser.ChoicesAsync"/>
    Task<TripListChoices> ChoicesAsync(CancellationToken ct);
}
