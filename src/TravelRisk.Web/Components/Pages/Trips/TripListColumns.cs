using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Pages.Trips;

/// <summary>
/// The trip list's columns: their headings, the word that names them in the address (<c>?sort=leader</c>) and the
/// <see cref="TripListItem"/> property the server sorts by.
/// </summary>
public static class TripListColumns
{
    public const string Dates = "dates";

    public sealed record Column(string Key, string Title, string? SortBy)
    {
        public bool Sortable => SortBy is not null;
    }

    public static readonly IReadOnlyList<Column> All =
    [
        new("leader", "Leader", nameof(TripListItem.LeaderName)),
        new("host", "Host State", nameof(TripListItem.HostName)),
        new(Dates, "Dates", nameof(TripListItem.StartDate)),
        new("status", "Status", nameof(TripListItem.Status)),
        new("obligation", "Obligation", SortBy: null), // from the rules, not stored: nothing to sort on in the database
        new("review", "Review", nameof(TripListItem.Review)),
        new("summit", "Summit", nameof(TripListItem.SummitName)),
    ];

    /// <summary>The sortable column a word in the address names, or null.</summary>
    public static Column? Find(string? key) =>
        All.FirstOrDefault(c => c.Sortable && string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
}
