namespace TravelRisk.Web.Services;

/// <summary>
/// How crowded a lane of the timeline would be at the width it is drawn: each trip takes at least the width of its
/// label, and the browser stacks trips that would touch into rows (vis-timeline's <c>stack</c>). A lane needing more
/// rows than <see cref="MaxRows"/> allows is summarised by period instead, so at every zoom each trip is readable and
/// none is drawn over another. Widths are estimated here on the generous side; the browser measures the real ones.
/// </summary>
public static class TimelineLayout
{
    // About a screen's height of rows (a phone's, where one row often holds one trip), shared by the lanes shown;
    // a lane always has room for three.
    const int RowsOnScreen = 16, RowsPerLaneAtLeast = 3;

    /// <summary>
    /// The rows a lane may stack before its trips are grouped by period, when <paramref name="lanes"/> lanes are drawn.
    /// </summary>
    public static int MaxRows(int lanes) => Math.Max(RowsPerLaneAtLeast, RowsOnScreen / Math.Max(1, lanes));

    /// <summary>
    /// The width assumed when the browser has not said (a laptop's timeline, without the lane names).
    /// </summary>
    public const double DefaultWidthPx = 900;

    // 0.8rem text: about 7.5 px a character in the widest of the usual sans-serif fonts, plus the obligation's
    // symbol, padding, border and the gap between items.
    const double CharPx = 7.5, ChromePx = 34;

    /// <summary>The width an item's label needs, in pixels.</summary>
    public static double LabelPx(string label) => label.Length * CharPx + ChromePx;

    /// <summary>
    /// The rows needed to draw <paramref name="items"/> (start, exclusive end or null, label) in a window of
    /// <paramref name="windowDays"/> days drawn <paramref name="widthPx"/> wide, placing each item in the first row
    /// where it fits, as the browser does.
    /// </summary>
    public static int RowsNeeded(
        IEnumerable<(DateOnly Start, DateOnly? End, string Label)> items,
        DateOnly windowStart,
        int windowDays,
        double widthPx)
    {
        var pxPerDay = widthPx / Math.Max(1, windowDays);
        var rowEnds = new List<double>();
        foreach (var (start, end, label) in items.OrderBy(i => i.Start))
        {
            var left = (start.DayNumber - windowStart.DayNumber) * pxPerDay;
            var right = left + Math.Max(LabelPx(label), ((end ?? start).DayNumber - start.DayNumber) * pxPerDay);
            var row = rowEnds.FindIndex(e => e <= left);
            if (row < 0)
                rowEnds.Add(right);
            else
                rowEnds[row] = right;
        }
        return rowEnds.Count;
    }

    /// <summary>
    /// The shortest period (1, 3, 6, 12, 24, 60 or 120 months) drawn at least as wide as a group's label
    /// ("12 trips"), so groups side by side never cover each other.
    /// </summary>
    public static int PeriodMonths(int windowDays, double widthPx)
    {
        var pxPerMonth = widthPx / Math.Max(1, windowDays) * 30.44;
        return new[] { 1, 3, 6, 12, 24, 60, 120 }.FirstOrDefault(m => m * pxPerMonth >= LabelPx("999 trips"), 120);
    }

    /// <summary>
    /// Where a group of <paramref name="trips"/> is drawn: from its first trip (or the window's start, so its label is
    /// on screen) to its last, at least as wide as <paramref name="label"/>, ending 6 px before
    /// <paramref name="periodEnd"/> so that groups side by side never touch. The end is exclusive.
    /// </summary>
    public static (DateOnly Start, DateOnly End) GroupExtent(
        IReadOnlyList<(DateOnly Start, DateOnly? End, string Label)> trips,
        string label,
        DateOnly windowStart,
        int windowDays,
        double widthPx,
        DateOnly periodEnd)
    {
        var daysPerPx = Math.Max(1, windowDays) / widthPx;
        var first = trips.Min(t => t.Start);
        var start = first < windowStart ? windowStart : first;
        var last = trips.Max(t => t.End ?? t.Start.AddDays(1));
        var end = start.AddDays((int)Math.Ceiling(LabelPx(label) * daysPerPx));
        end = last > end ? last : end;
        var latest = periodEnd.AddDays(-(int)Math.Ceiling(6 * daysPerPx));
        return (start, end < latest ? end : latest > start ? latest : end);
    }
}
