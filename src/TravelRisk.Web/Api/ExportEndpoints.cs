using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Web.Api.Contracts;
using TravelRisk.Web.Data;
using TravelRisk.Web.Services;
using TravelRisk.Web.Services.Export;

namespace TravelRisk.Web.Api;

/// <summary>
/// Every trip with its assessment, streamed (the server never holds the whole export), as CSV or a JSON array.
/// The ETag is the data version (last seeding run and last trip revision), checked before anything is streamed.
/// </summary>
public static class ExportEndpoints
{
    static readonly string[] Columns =
    [
        "id", "slug", "person", "person_name", "state", "state_name", "summit", "start_date", "end_date", "status", "representative",
        "confidence", "revision", "review", "obligation", "reason", "contested", "deciding_day", "deciding_state", "legal_basis",
    ];

    static readonly CsvWriterOptions CsvOptions = new()
    {
        // Trip notes and quotes come from outside: a cell starting with = + - @ must not run as a spreadsheet formula.
        Injection = CsvInjection.Escape,
        NewLine = "\r\n",
    };

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/api/v1/export").WithTags("Exports").RequireRateLimiting(ApiRateLimits.Reads);
        export.MapGet("/trips.csv", CsvAsync).WithName("ExportTripsCsv")
            .WithSummary("Every trip with its assessment, as CSV (RFC 4180, UTF-8), streamed").Produces(200, contentType: "text/csv");
        export.MapGet("/trips.json", JsonAsync).WithName("ExportTripsJson")
            .WithSummary("Every trip with its assessment, as a JSON array, streamed").Produces<IEnumerable<TripSummaryResponse>>(200);
        export.MapGet("/ftm.jsonl", FtmAsync).WithName("ExportFollowTheMoney")
            .WithSummary("The record as FollowTheMoney entities (JSON lines), for OpenSanctions' yente and Aleph: Person, Sanction (one per ICC warrant), Position, Occupancy, Event (one per trip)")
            .Produces(200, contentType: FtmContentType);
        return app;
    }

    static async Task CsvAsync(HttpContext context, TripQueries trips, DataVersion version, CancellationToken ct)
    {
        if (await NotModifiedAsync(context, version, ct))
            return;
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"travelrisk-trips.csv\"";

        await using var csv = CsvWriter.Create(context.Response.Body, CsvOptions, leaveOpen: true);
        csv.WriteHeader(Columns);
        await foreach (var t in trips.StreamAsync(ct))
        {
            await csv.WriteRecordAsync(
            [
                t.Id.ToString(CultureInfo.InvariantCulture), t.Slug, t.Person, t.PersonName, t.State, t.StateName, t.Summit ?? "",
                Day(t.StartDate), Day(t.EndDate), t.Status.ToString(), t.Representative ?? "", t.Confidence.ToString(),
                t.Revision.ToString(CultureInfo.InvariantCulture), t.Review.ToString(), t.Obligation.ToString(), t.Reason.ToString(), t.Contested ? "true" : "false",
                Day(t.DecidingDay), t.DecidingState, string.Join("; ", t.LegalBasis),
            ], ct);
        }
        await csv.FlushAsync(ct);
    }

    static async Task<IResult> JsonAsync(HttpContext context, TripQueries trips, DataVersion version, CancellationToken ct)
    {
        if (await NotModifiedAsync(context, version, ct))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        // ASP.NET Core serializes an IAsyncEnumerable element by element as it is enumerated.
        return TypedResults.Ok(trips.StreamAsync(ct));
    }

    const string FtmContentType = "application/x-ndjson";

    static async Task FtmAsync(HttpContext context, FtmExport export, DataVersion version, TimeProvider clock, CancellationToken ct)
    {
        // "wanted" and an office's status are as of today, so the day is part of the version.
        if (await NotModifiedAsync(context, version, ct, $"ftm-{clock.GetUtcNow():yyyyMMdd}"))
            return;
        context.Response.ContentType = $"{FtmContentType}; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"travelrisk.ftm.jsonl\"";
        await FtmExport.WriteJsonLinesAsync(export.EntitiesAsync(ct), context.Response.Body, ct);
    }

    static async Task<bool> NotModifiedAsync(HttpContext context, DataVersion version, CancellationToken ct, string kind = "export")
    {
        var etag = $"\"{kind}-{await version.GetAsync(ct)}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "public, no-cache";
        if (!ConditionalGetMiddleware.Matches(context.Request.Headers.IfNoneMatch, etag))
            return false;
        context.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }

    static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
