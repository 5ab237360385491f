using System.Globalization;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Forms;

/// <summary>
/// What the filter bars of the trip list and the timeline share: the choices of their short lists ("" is "Any")
/// and the one way dates are written in their addresses (yyyy-MM-dd, never guessed from other orders).
/// </summary>
public static class FilterValues
{
    /// <summary>Obligations, strongest first, by their labels.</summary>
    public static readonly IReadOnlyList<Choice> Obligations =
    [
        new("", "Any"),
        .. Enum.GetValues<Obligation>().Reverse().Select(o => new Choice(o.ToString(), ObligationText.Label(o))),
    ];

    public static readonly IReadOnlyList<Choice> Statuses =
        [new("", "Any"), .. Enum.GetNames<TripStatus>().Select(s => new Choice(s, s))];

    public static readonly IReadOnlyList<Choice> Reviews =
        [new("", "Any"), .. Enum.GetNames<ReviewState>().Select(r => new Choice(r, r))];

    /// <summary>The day a query parameter names, or null when it is absent or not written yyyy-MM-dd.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
