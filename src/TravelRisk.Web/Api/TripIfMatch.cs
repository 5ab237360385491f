using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace TravelRisk.Web.Api;

/// <summary>
/// Reads If-Match on a trip write. A trip's ETag is <c>"trip-{id}-r{revision}-d{seedRun}"</c> (decision 0005): the
/// revision it carries is checked against the trip the URL names, so an ETag of another trip, or any other entity
/// tag, is 412. A header that is not an entity-tag list, or numbers no trip can have, is 400; all problem+json.
/// The d{seedRun} part is not compared: it tells caches the flag may have changed, not that the trip did.
/// </summary>
public static partial class TripIfMatch
{
    /// <summary>
    /// The revision the client read, none (no header, or <c>*</c>), or the problem to answer instead.
    /// </summary>
    public readonly record struct Precondition(int? Revision, ProblemHttpResult? Problem);

    /// <param name="required">PUT requires a revision: a missing header or <c>*</c> is 428.</param>
    public static Precondition Read(HttpRequest request, int tripId, bool required)
    {
        var header = request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(header))
            return required ? new(null, PreconditionRequired()) : new(null, null);
        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count == 0)
            return new(
                null,
                Malformed($"'{Shorten(header.ToString())}' is not an entity tag (a quoted string, as in ETag)."));
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
            return required ? new(null, PreconditionRequired()) : new(null, null);

        foreach (var tag in tags.Where(t => !t.IsWeak)) // If-Match compares strongly (RFC 9110, 13.1.1)
        {
            var match = TripETag().Match(tag.Tag.Value ?? "");
            if (!match.Success)
                continue;
            if (!int.TryParse(match.Groups["id"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || !int.TryParse(
                    match.Groups["revision"].ValueSpan,
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var revision))
                return new(null, Malformed($"{Shorten(tag.Tag.Value!)} has numbers no trip has."));
            if (id == tripId)
                return new(revision, null);
        }
        return new(
            null,
            TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "If-Match does not match",
            detail: $"If-Match names no revision of trip {tripId}. Send the ETag from GET /api/v1/trips/{tripId}."));
    }

    static ProblemHttpResult PreconditionRequired() =>
        TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required",
            detail: "Send the ETag from GET /api/v1/trips/{id} in If-Match, so a newer change is never overwritten.");

    static ProblemHttpResult Malformed(string detail) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "If-Match is malformed",
            detail: detail,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]> { ["If-Match"] = [detail] }
            });

    static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;

    [GeneratedRegex("^\"trip-(?<id>\\d+)-r(?<revision>\\d+)-d\\d+\"$")]
    private static partial Regex TripETag();
}
