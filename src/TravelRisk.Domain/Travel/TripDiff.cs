using System.Globalization;

namespace TravelRisk.Domain.Travel;

/// <summary>
/// Which fields of a trip, its legs and its sources differ between two versions, with old and new values.
/// </summary>
public static class TripDiff
{
    /// <summary>The field name of staff-only notes, on the trip and on each leg ("legs[0].internalNotes").</summary>
    public const string InternalNotes = "internalNotes";

    /// <summary>
    /// Whether <paramref name="change"/> is of staff-only notes, which only staff may see in a trip's history.
    /// </summary>
    public static bool IsInternal(FieldChange change) =>
        change.Field == InternalNotes || change.Field.EndsWith("]." + InternalNotes, StringComparison.Ordinal);

    /// <summary>The changes from <paramref name="before"/> (null for a new trip) to <paramref name="after"/>.</summary>
    public static List<FieldChange> Compare(Trip? before, Trip after)
    {
        var changes = new List<FieldChange>();
        Field(changes, "leaderId", before?.LeaderId, after.LeaderId);
        Field(changes, "host", before?.HostIso3, after.HostIso3);
        Field(changes, "summitId", before?.SummitId, after.SummitId);
        Field(changes, "startDate", before?.StartDate, after.StartDate);
        Field(changes, "endDate", before?.EndDate, after.EndDate);
        Field(changes, "status", before?.Status, after.Status);
        Field(changes, "representativeId", before?.RepresentativeId, after.RepresentativeId);
        Field(changes, "confidence", before?.Confidence, after.Confidence);
        Field(changes, "notes", before?.Notes, after.Notes);
        Field(changes, InternalNotes, before?.InternalNotes, after.InternalNotes);
        Field(changes, "review", before?.Review, after.Review);
        Field(changes, "retractionReason", before?.RetractionReason, after.RetractionReason);

        var legs = Math.Max(before?.Legs.Count ?? 0, after.Legs.Count);
        for (var i = 0; i < legs; i++)
        {
            var old = before is not null && i < before.Legs.Count ? before.Legs[i] : null;
            var @new = i < after.Legs.Count ? after.Legs[i] : null;
            Field(changes, $"legs[{i}].kind", old?.Kind, @new?.Kind);
            Field(changes, $"legs[{i}].country", old?.CountryIso3, @new?.CountryIso3);
            Field(changes, $"legs[{i}].startDate", old?.StartDate, @new?.StartDate);
            Field(changes, $"legs[{i}].endDate", old?.EndDate, @new?.EndDate);
            Field(changes, $"legs[{i}].source", old?.Source, @new?.Source);
            Field(changes, $"legs[{i}].notes", old?.Notes, @new?.Notes);
            Field(changes, $"legs[{i}].{InternalNotes}", old?.InternalNotes, @new?.InternalNotes);
        }

        var sources = Math.Max(before?.Sources.Count ?? 0, after.Sources.Count);
        for (var i = 0; i < sources; i++)
        {
            var old = before is not null && i < before.Sources.Count ? before.Sources[i] : null;
            var @new = i < after.Sources.Count ? after.Sources[i] : null;
            Field(changes, $"sources[{i}].url", old?.Url, @new?.Url);
            Field(changes, $"sources[{i}].outlet", old?.Outlet, @new?.Outlet);
            Field(changes, $"sources[{i}].publishedOn", old?.PublishedOn, @new?.PublishedOn);
            Field(changes, $"sources[{i}].quote", old?.Quote, @new?.Quote);
        }
        return changes;
    }

    static void Field<T>(List<FieldChange> changes, string name, T old, T @new)
    {
        if (!EqualityComparer<T>.Default.Equals(old, @new))
            changes.Add(new FieldChange(name, Text(old), Text(@new)));
    }

    static string? Text<T>(T value) => value switch
    {
        null => null,
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
