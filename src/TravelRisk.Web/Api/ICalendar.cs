using System.Globalization;
using System.Text;

namespace TravelRisk.Web.Api;

/// <summary>
/// Writes an iCalendar document (RFC 5545): all-day events, CRLF line ends, TEXT escaping and lines folded at 75
/// octets. Hand-written because Ical.Net is not available here (docs/decisions/0004-hand-written-feeds.md).
/// </summary>
public static class ICalendar
{
    public sealed record Event(string Uid, DateOnly Start, DateOnly End, string Summary, string Description, string? Url);

    public static string Write(string productId, DateTime stampUtc, IEnumerable<Event> events)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, $"PRODID:{productId}");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "X-WR-CALNAME:TravelRisk");
        var stamp = DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in events)
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, $"UID:{e.Uid}");
            Line(ics, $"DTSTAMP:{stamp}");
            Line(ics, $"DTSTART;VALUE=DATE:{e.Start:yyyyMMdd}");
            // DTEND of an all-day event is exclusive: the day after the last day.
            Line(ics, $"DTEND;VALUE=DATE:{e.End.AddDays(1):yyyyMMdd}");
            Line(ics, $"SUMMARY:{Escape(e.Summary)}");
            Line(ics, $"DESCRIPTION:{Escape(e.Description)}");
            if (e.Url is not null)
                Line(ics, $"URL:{e.Url}");
            Line(ics, "END:VEVENT");
        }
        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Appends a content line, folded so no line exceeds 75 octets of UTF-8 (continuations start with a space).</summary>
    static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            ics.Append(line, i, length);
            octets += size;
            i += length - 1;
        }
        ics.Append("\r\n");
    }
}
