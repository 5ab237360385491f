using System.Globalization;

namespace TravelRisk.Web.Services;

/// <summary>Addresses of the checker, prefilled with what a page already knows.</summary>
public static class CheckLinks
{
    public static string For(string? person = null, string? state = null, DateOnly? date = null)
    {
        var query = new List<string>(3);
        if (!string.IsNullOrEmpty(person))
            query.Add("person=" + Uri.EscapeDataString(person));
        if (!string.IsNullOrEmpty(state))
            query.Add("state=" + Uri.EscapeDataString(state));
        if (date is { } day)
            query.Add("date=" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return query.Count == 0 ? "/check" : "/check?" + string.Join("&", query);
    }
}
