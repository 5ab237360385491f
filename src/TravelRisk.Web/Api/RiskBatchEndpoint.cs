using System.Globalization;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

/// <summary>
/// <c>POST /api/v1/risk/checks</c>: up to <see cref="MaxQueries"/> checks in one request, answered in order and
/// streamed. Every query is checked before the first answer is written, so a bad one is a 400 naming its index
/// ("queries[17].state") and nothing else; more than the limit is a 413. A read like the others: no key needed,
/// the same per-address rate limit (a batch counts as one request), no output cache (its key would be the body).
/// </summary>
public static class RiskBatchEndpoint
{
    public const int MaxQueries = 1_000;

    public static RouteHandlerBuilder MapRiskBatch(this RouteGroupBuilder risk) =>
        risk.MapPost("/checks", ChecksAsync).WithName("CheckRisks")
            .WithSummary("Up to 1,000 checks at once: each decision of GET /api/v1/risk/check without its " +
                "explanation, in order")
            .WithDescription("The body is {\"queries\": [{\"person\": \"vladimir-putin\", \"state\": \"ZAF\", " +
                "\"date\": \"2023-08-22\"}, ...]}; `date` defaults to today (UTC). A malformed or unknown value is " +
                "a 400 whose `errors` name it by index (`queries[17].state`); more than 1,000 queries is a 413. The " +
                "answers are streamed as a JSON array, one per query in the same order.")
            .Accepts<RiskChecksRequest>("application/json")
            .Produces<List<RiskCheckSummaryResponse>>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    static async Task<IResult> ChecksAsync(
        HttpContext context,
        RiskAssessments risk,
        RiskJson json,
        CancellationToken ct)
    {
        var facts = await risk.FactsAsync(ct);
        var read = await RiskBatchReader.ReadAsync(context.Request.BodyReader, facts, risk.Today, ct);
        if (read.Count > MaxQueries || read.Errors is not null)
            read.Return();
        if (read.Count > MaxQueries)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too many queries",
                detail: string.Create(CultureInfo.InvariantCulture, $"A batch takes at most {MaxQueries:N0} queries; " +
                    $"this one has {read.Count:N0}. Split it."));
        if (read.Errors is { } errors)
            return TypedResults.ValidationProblem(errors.Errors, title: "Invalid queries");
        return new StreamedChecks(json, facts, read);
    }

    /// <summary>
    /// The slow path, reading the query as GET risk/check reads its parameters (trimmed, any case): the check, or
    /// null with each problem added under the query's index.
    /// </summary>
    internal static RiskJson.BatchCheck? Normalize(
        ApiQuery errors,
        RiskFacts facts,
        RiskQuery query,
        int index,
        DateOnly today)
    {
        var name = $"queries[{index}]";
        var before = errors.Errors.Count;
        var slug = errors.Slug($"{name}.person", query.Person);
        var iso3 = errors.Iso3($"{name}.state", query.State);
        var day = errors.Date($"{name}.date", query.Date, today);
        if (errors.Errors.Count > before)
            return null;
        if (!facts.Leaders.TryGetValue(slug, out var person))
            errors.Add($"{name}.person", $"No person with the slug '{slug}'. Search with GET " +
                "/api/v1/people?search=...");
        if (!facts.Countries.TryGetValue(iso3, out var host))
            errors.Add($"{name}.state", $"No UN member or observer State with the ISO 3166-1 alpha-3 code '{iso3}'.");
        return person is not null && host is not null ? new RiskJson.BatchCheck(person, host, day) : null;
    }

    /// <summary>The answers as a JSON array, written and flushed as they are made.</summary>
    sealed class StreamedChecks(RiskJson json, RiskFacts facts, RiskBatchReader.Result read) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            try
            {
                await json.WriteChecksAsync(
                    httpContext.Response.BodyWriter,
                    facts,
                    read.Checks,
                    httpContext.RequestAborted);
            }
            finally
            {
                read.Return();
            }
        }
    }
}
