using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace TravelRisk.Web.Api;

/// <summary>
/// An iCalendar document (RFC 5545) of all-day events, written by Ical.Net: its serializer escapes TEXT, folds lines
/// at 75 octets and ends them with CRLF (docs/decisions/0010-feeds-by-libraries.md).
/// </summary>
public static class CalendarFeed
{
    public sealed record Event(
        string Uid,
        DateOnly Start,
        DateOnly End,
        string Summary,
        string Description,
        string? Url);

    public static string Write(string productId, DateTime stampUtc, IEnumerable<Event> events)
    {
        var calendar = new Calendar { ProductId = productId, Scale = "GREGORIAN" };
        calendar.AddProperty("X-WR-CALNAME", "TravelRisk");
        var stamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc), "UTC");
        foreach (var e in events)
        {
            // An all-day event's DTEND is exclusive; a row dated at the edge of the calendar is left out, not a 500.
            if (e.End < e.Start || e.End >= DateOnly.MaxValue)
                continue;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = FeedText.Clean(e.Uid),
                DtStamp = stamp,
                DtStart = new CalDateTime(e.Start),
                DtEnd = new CalDateTime(e.End.AddDays(1)),
                Summary = FeedText.Clean(e.Summary),
                Description = FeedText.Clean(e.Description),
                Url = FeedText.Link(e.Url),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
