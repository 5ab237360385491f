using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;
using TravelRisk.Web.Services.Export;

namespace TravelRisk.Web.Api;

/// <summary>
/// Every trip with its assessment, streamed (the server never holds the whole export), as CSV or a JSON array.
/// The ETag is the data version (last seeding run and last trip revision), checked before anything is streamed.
/// </summary>
public static class ExportEndpoints
{
    static readonly CsvWriterOptions CsvOptions = new()
    {
        // Trip notes and quotes come from outside: a cell starting with = + - @ must not run as a spreadsheet formula.
        Injection = CsvInjection.Escape,
        NewLine = "\r\n",
    };

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/api/v1/export").WithTags("Exports").RequireRateLimiting(ApiRateLimits.Reads);
        const string Filters = "; filtered by the same parameters as GET /api/v1/trips";
        export.MapGet(
            "/trips.csv",
            (
                HttpContext c,
                [AsParameters] TripFilterQuery q,
                TripQueries t,
                RiskAssessments r,
                DataVersion v,
                CancellationToken ct) =>
                CsvAsync(c, q, t, r, v, "trips", TripCsvExport.TripColumns, ct)).WithName("ExportTripsCsv")
            .WithSummary("Trips with their assessment, as CSV (RFC 4180, UTF-8), streamed" + Filters + ". After " +
                "the original columns: notes; legs joined by \"; \", each \"ISO3 Kind start..end\"; sources joined " +
                "by \" ; \", each \"url | outlet | yyyy-MM-dd\" (trip_legs.csv and trip_sources.csv are the robust " +
                "form)")
            .Produces(200, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        export.MapGet(
            "/trip_legs.csv",
            (
                HttpContext c,
                [AsParameters] TripFilterQuery q,
                TripQueries t,
                RiskAssessments r,
                DataVersion v,
                CancellationToken ct) =>
                CsvAsync(c, q, t, r, v, "legs", TripCsvExport.LegColumns, ct)).WithName("ExportTripLegsCsv")
            .WithSummary("One row per leg of the matching trips (trip_id, trip_slug, kind, country, start_date, " +
                "end_date, source, notes), as CSV" + Filters)
            .Produces(200, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        export.MapGet(
            "/trip_sources.csv",
            (
                HttpContext c,
                [AsParameters] TripFilterQuery q,
                TripQueries t,
                RiskAssessments r,
                DataVersion v,
                CancellationToken ct) =>
                CsvAsync(c, q, t, r, v, "sources", TripCsvExport.SourceColumns, ct)).WithName("ExportTripSourcesCsv")
            .WithSummary("One row per source of the matching trips (trip_id, trip_slug, url, outlet, published_on, " +
                "quote), as CSV" + Filters)
            .Produces(200, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        export.MapGet("/trips.json", JsonAsync).WithName("ExportTripsJson")
            .WithSummary("Trips with their assessment, notes, legs and sources, as a JSON array, streamed" + Filters)
            .Produces<IEnumerable<TripExportResponse>>(200)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        export.MapGet("/ftm.jsonl", FtmAsync).WithName("ExportFollowTheMoney")
            .WithSummary("The record as FollowTheMoney entities (JSON lines), for OpenSanctions' yente and Aleph: " +
                "Person, Sanction (one per ICC warrant), Position, Occupancy, Event (one per trip)")
            .Produces(200, contentType: FtmContentType);
        return app;
    }

    static async Task<IResult> CsvAsync(
        HttpContext context,
        TripFilterQuery query,
        TripQueries trips,
        RiskAssessments risk,
        DataVersion version,
        string kind,
        string[] columns,
        CancellationToken ct)
    {
        var (filter, problem) = await query.ResolveAsync(risk, ct);
        if (problem is not null)
            return problem;
        if (await NotModifiedAsync(context, version, ct, $"{kind}-{FilterTag(filter!)}"))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"travelrisk-{kind}.csv\"";

        await using var csv = CsvWriter.Create(context.Response.Body, CsvOptions, leaveOpen: true);
        csv.WriteHeader(columns);
        await foreach (var trip in trips.StreamAsync(filter!, ct))
        {
            foreach (var row in TripCsvExport.Rows(trip, kind))
                await csv.WriteRecordAsync(row, ct);
        }
        await csv.FlushAsync(ct);
        return TypedResults.Empty;
    }

    static async Task<IResult> JsonAsync(
        HttpContext context,
        [AsParameters] TripFilterQuery query,
        TripQueries trips,
        RiskAssessments risk,
        DataVersion version,
        CancellationToken ct)
    {
        var (filter, problem) = await query.ResolveAsync(risk, ct);
        if (problem is not null)
            return problem;
        if (await NotModifiedAsync(context, version, ct, $"export-{FilterTag(filter!)}"))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        // ASP.NET Core serializes an IAsyncEnumerable element by element as it is enumerated.
        return TypedResults.Ok(trips.StreamAsync(filter!, ct));
    }

    /// <summary>
    /// A short hash of the parsed filter, so each filter has its own ETag (a cached export of Putin's trips is not
    /// valid for everyone's) while spellings of one filter (ZAF / zaf, parameter order) share it.
    /// </summary>
    static string FilterTag(TripFilter filter) =>
        Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(filter.ToString())))[..16];

    const string FtmContentType = "application/x-ndjson";

    static async Task FtmAsync(
        HttpContext context,
        FtmExport export,
        DataVersion version,
        TimeProvider clock,
        CancellationToken ct)
    {
        // "wanted" and an office's status are as of today, so the day is part of the version.
        if (await NotModifiedAsync(context, version, ct, $"ftm-{clock.GetUtcNow():yyyyMMdd}"))
            return;
        context.Response.ContentType = $"{FtmContentType}; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"travelrisk.ftm.jsonl\"";
        await FtmExport.WriteJsonLinesAsync(export.EntitiesAsync(ct), context.Response.Body, ct);
    }

    static async Task<bool> NotModifiedAsync(
        HttpContext context,
        DataVersion version,
        CancellationToken ct,
        string kind = "export")
    {
        var etag = $"\"{kind}-{await version.GetAsync(ct)}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "public, no-cache";
        if (!ConditionalGetMiddleware.Matches(context.Request.Headers.IfNoneMatch, etag))
            return false;
        context.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }
}
