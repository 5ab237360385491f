namespace TravelRisk.Domain.Travel;

/// <summary>
/// The review rules: a trip is Corroborated once two independent sources support it, and only a corroborated trip
/// can be marked Verified. Two sources are independent when they differ in both outlet and web site, so two
/// Reuters stories, or one story on two pages of the same site, count once. A syndicated copy of a story on another
/// outlet's site still counts as independent: the rule cannot see that, and the analyst's notes must.
/// </summary>
public static class TripReview
{
    /// <summary>
    /// The number of mutually independent sources (greedy: a source counts when neither its site nor its outlet
    /// was seen).
    /// </summary>
    public static int IndependentSources(IEnumerable<TripSource> sources)
    {
        var sites = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var outlets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var source in sources)
        {
            var site = Site(source.Url);
            var outlet = source.Outlet.Trim();
            if ((site is not null && sites.Contains(site)) || outlets.Contains(outlet))
                continue;
            if (site is not null)
                sites.Add(site);
            outlets.Add(outlet);
            count++;
        }
        return count;
    }

    /// <summary>The state a trip has after any change other than an Editor's verification.</summary>
    public static ReviewState AfterChange(Trip trip) =>
        IndependentSources(trip.Sources) >= 2 ? ReviewState.Corroborated : ReviewState.Unverified;

    /// <summary>Why <paramref name="trip"/> cannot be marked Verified now; null when it can.</summary>
    public static string? CannotVerify(Trip trip) => trip switch
    {
        { RetractionReason: not null } => "A retracted trip cannot be verified.",
        { Review: ReviewState.Verified } => "The trip is already verified.",
        { Review: ReviewState.Unverified } => "Only a corroborated trip (two independent sources) can be verified; " +
            "add a source first.",
        _ => null,
    };

    /// <summary>The web site of a URL without a leading "www.", e.g. "reuters.com"; null when there is none.</summary>
    static string? Site(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host)
            ? uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host
            : null;
}
