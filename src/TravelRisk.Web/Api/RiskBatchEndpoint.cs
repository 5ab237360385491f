using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using TravelRisk.Domain.Countries;
using TravelRisk.Web.Api.Contracts;
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
            .WithSummary("Up to 1,000 checks at once: each decision of GET /api/v1/risk/check without its explanation, in order")
            .WithDescription("The body is {\"queries\": [{\"person\": \"vladimir-putin\", \"state\": \"ZAF\", \"date\": \"2023-08-22\"}, ...]}; `date` defaults to today (UTC). A malformed or unknown value is a 400 whose `errors` name it by index (`queries[17].state`); more than 1,000 queries is a 413. The answers are streamed as a JSON array, one per query in the same order.")
            .Accepts<RiskChecksRequest>("application/json")
            .Produces<List<RiskCheckSummaryResponse>>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    static async Task<IResult> ChecksAsync(HttpContext context, RiskService risk, RiskJson json, IOptions<JsonOptions> options, CancellationToken ct)
    {
        var (request, bodyErrors) = await JsonBody.ReadAsync<RiskChecksRequest>(context.Request, options.Value.SerializerOptions);
        if (bodyErrors is not null)
            return TypedResults.ValidationProblem(bodyErrors, title: "Invalid request body");
        var queries = request!.Queries;
        if (queries is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["queries"] = ["A list of up to 1,000 {person, state, date} queries is required."] }, title: "Invalid request body");
        if (queries.Count > MaxQueries)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too many queries",
                detail: string.Create(CultureInfo.InvariantCulture, $"A batch takes at most {MaxQueries:N0} queries; this one has {queries.Count:N0}. Split it."));

        var facts = await risk.FactsAsync(ct);
        var today = risk.Today;
        var checks = new RiskJson.BatchCheck[queries.Count];
        ApiQuery? errors = null;
        for (var i = 0; i < queries.Count; i++)
        {
            if (queries[i] is not { } query)
            {
                (errors ??= new ApiQuery()).Add($"queries[{i}]", "A {person, state, date} object is required.");
                continue;
            }
            if ((Resolve(facts, query, today) ?? Normalize(errors ??= new ApiQuery(), facts, query, i, today)) is { } check)
                checks[i] = check;
        }
        if (errors is { HasErrors: true })
            return TypedResults.ValidationProblem(errors.Errors, title: "Invalid queries");

        return new StreamedChecks(json, facts, checks);
    }

    /// <summary>The usual case, with nothing allocated: an exact slug, an upper-case code, a well-formed day.</summary>
    static RiskJson.BatchCheck? Resolve(RiskFacts facts, RiskQuery query, DateOnly today)
    {
        var day = today;
        if (!string.IsNullOrEmpty(query.Date) && !DateOnly.TryParseExact(query.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            return null;
        if (query.Person is null || !facts.Leaders.TryGetValue(query.Person, out var person))
            return null;
        if (query.State is null || !facts.Countries.TryGetValue(query.State, out var host))
            return null;
        return new RiskJson.BatchCheck(person, host, day);
    }

    /// <summary>
    /// The slow path, reading the query as GET risk/check reads its parameters (trimmed, any case): the check, or
    /// null with each problem added under the query's index.
    /// </summary>
    static RiskJson.BatchCheck? Normalize(ApiQuery errors, RiskFacts facts, RiskQuery query, int index, DateOnly today)
    {
        var name = $"queries[{index}]";
        var before = errors.Errors.Count;
        var slug = errors.Slug($"{name}.person", query.Person);
        var iso3 = errors.Iso3($"{name}.state", query.State);
        var day = errors.Date($"{name}.date", query.Date, today);
        if (errors.Errors.Count > before)
            return null;
        if (!facts.Leaders.TryGetValue(slug, out var person))
            errors.Add($"{name}.person", $"No person with the slug '{slug}'. Search with GET /api/v1/people?search=...");
        if (!facts.Countries.TryGetValue(iso3, out var host))
            errors.Add($"{name}.state", $"No UN member or observer State with the ISO 3166-1 alpha-3 code '{iso3}'.");
        return person is not null && host is not null ? new RiskJson.BatchCheck(person, host, day) : null;
    }

    /// <summary>The answers as a JSON array, written and flushed as they are made.</summary>
    sealed class StreamedChecks(RiskJson json, RiskFacts facts, RiskJson.BatchCheck[] checks) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            return json.WriteChecksAsync(httpContext.Response.BodyWriter, facts, checks, httpContext.RequestAborted);
        }
    }
}
