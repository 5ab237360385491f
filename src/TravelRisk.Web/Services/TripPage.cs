namespace TravelRisk.Web.Services;

/// <summary>A page of trips and how many there are in all.</summary>
public sealed record TripPage(IReadOnlyList<TripListItem> Items, int Total);
