using System.Text.Json;
using System.Text.Json.Serialization;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Data;

/// <summary>The JSON form of a trip kept with each revision, from which an earlier revision can be restored.</summary>
public static class TripSnapshots
{
    static readonly JsonSerializerOptions Options =
        new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Serialize(Trip trip) => JsonSerializer.Serialize(trip, Options);

    public static Trip Deserialize(string json) => JsonSerializer.Deserialize<Trip>(json, Options)!;

    /// <summary>A deep copy, for comparing a trip before and after an edit.</summary>
    public static Trip Copy(Trip trip) => Deserialize(Serialize(trip));

    /// <summary>
    /// The Summary column's length: "Cancelled: " before a reason of the longest accepted length would not fit.
    /// </summary>
    const int MaxSummary = 1000;

    public static TripRevision Revision(Trip trip, Trip? before, string actor, string summary, DateTime atUtc) => new()
    {
        TripId = trip.Id,
        Number = trip.Revision,
        ChangedAtUtc = atUtc,
        Actor = actor,
        Summary = summary.Length <= MaxSummary ? summary : summary[..(MaxSummary - 1)] + "…",
        Changes = TripDiff.Compare(before, trip),
        Snapshot = Serialize(trip),
    };
}
