using TravelRisk.Domain.Common;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Services;

/// <summary>
/// What became of a write: saved, refused (with the problems), not found, or in conflict with a newer revision.
/// </summary>
public sealed record TripWriteResult(
    TripWriteOutcome Outcome,
    Trip? Trip = null,
    IReadOnlyList<FieldError>? Errors = null,
    TripRevision? Conflicting = null)
{
    public static TripWriteResult Saved(Trip trip) => new(TripWriteOutcome.Saved, trip);
    public static TripWriteResult Invalid(IReadOnlyList<FieldError> errors) =>
        new(TripWriteOutcome.Invalid, Errors: errors);
    public static readonly TripWriteResult NotFound = new(TripWriteOutcome.NotFound);
}

public enum TripWriteOutcome
{
    Saved,
    Invalid,
    NotFound,
    /// <summary>
    /// The trip changed since the revision the writer saw; <see cref="TripWriteResult.Conflicting"/> shows the change.
    /// </summary>
    Conflict,
}
