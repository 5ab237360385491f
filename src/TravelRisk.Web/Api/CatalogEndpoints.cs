using Microsoft.AspNetCore.Http.HttpResults;
using TravelRisk.Domain.Rules;
using TravelRisk.Web.Api.OpenApi;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

/// <summary>The reference records: leaders, warrants, situations and summits.</summary>
public static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireRateLimiting(ApiRateLimits.Reads).CacheOutput(ApiOutputCache.Trips);
        api.MapGet("/leaders", ListLeadersAsync)
            .WithTags("Leaders")
            .WithName("ListLeaders")
            .WithSummary("Every person of interest, wanted or not");
        api.MapGet("/leaders/{slug}", GetLeaderAsync).WithTags("Leaders").WithName("GetLeader")
            .WithSummary("A person with positions, warrants and trips counted by obligation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/warrants", ListWarrantsAsync)
            .WithTags("Warrants")
            .WithName("ListWarrants")
            .WithSummary("Every public ICC arrest warrant, status as of today");
        api.MapGet("/situations", ListSituationsAsync)
            .WithTags("Situations")
            .WithName("ListSituations")
            .WithSummary("Every ICC situation under investigation");
        api.MapGet("/summits", ListSummitsAsync).WithTags("Summits").WithName("ListSummits")
            .WithSummary("Summits (from/to filter on their dates), each with its host's obligation toward every " +
                "person wanted on its first day")
            .ProducesValidationProblem();
        app.MapPost("/api/v1/summits", CreateSummitAsync).WithTags("Summits").WithName("CreateSummit")
            .RequireAuthorization(ApiAuthorization.Writer).RequireRateLimiting(ApiRateLimits.Writes)
            .WithSummary("Record a summit (X-Api-Key required); its slug is made from the series and year")
            .Accepts<SummitRequest>("application/json")
            .Produces<SummitResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        api.MapGet("/ping", () => TypedResults.Ok(new { status = "ok" })).WithTags("Health").WithName("Ping")
            .WithSummary("A trivial response, the baseline of tools/load.sh").ExcludeFromDescription();
        return app;
    }

    static async Task<Ok<List<LeaderResponse>>> ListLeadersAsync(RiskAssessments risk, CancellationToken ct)
    {
        var facts = await risk.FactsAsync(ct);
        var today = risk.Today;
        return TypedResults.Ok(facts.Leaders.Values.OrderBy(l => l.Leader.Name, StringComparer.Ordinal)
            .Select(l => new LeaderResponse(l.Leader.Slug, l.Leader.Name, l.Leader.NationalityIso3, l.Leader.WikidataId,
                l.Warrants.Any(w => w.Warrant.IsOutstandingOn(today)), l.Warrants.Length, l.Leader.Source))
            .ToList());
    }

    static async Task<Results<Ok<LeaderDetailResponse>, ValidationProblem, ProblemHttpResult>> GetLeaderAsync(
        string slug,
        RiskAssessments risk,
        TripQueries trips,
        CancellationToken ct)
    {
        var query = new ApiQuery();
        var key = query.Slug(nameof(slug), slug);
        if (query.HasErrors)
            return TypedResults.ValidationProblem(query.Errors);
        var facts = await risk.FactsAsync(ct);
        if (!facts.Leaders.TryGetValue(key, out var person))
            return ApiProblems.PersonNotFound(key);

        var today = risk.Today;
        var theirTrips = await trips.FlaggedAsync(new TripFilter(LeaderId: person.Leader.Id), ct);
        var leader = person.Leader;
        return TypedResults.Ok(new LeaderDetailResponse(
            Slug: leader.Slug,
            Name: leader.Name,
            Nationality: leader.NationalityIso3,
            Wikidata: leader.WikidataId,
            Wanted: person.Warrants.Any(w => w.Warrant.IsOutstandingOn(today)),
            Source: leader.Source,
            Notes: leader.Notes,
            Positions: [.. leader.Positions.OrderBy(p => p.StartedOn)
                .Select(p => new PositionResponse(p.Title, p.CountryIso3, p.StartedOn, p.EndedOn, p.Source))],
            Warrants: [.. person.Warrants.Select(w => WarrantResponse.For(w, today))],
            TripsByObligation: theirTrips.GroupBy(t => t.Obligation.ToString())
                .ToDictionary(g => g.Key, g => g.Count())));
    }

    static async Task<Ok<List<WarrantListResponse>>> ListWarrantsAsync(RiskAssessments risk, CancellationToken ct)
    {
        var facts = await risk.FactsAsync(ct);
        var today = risk.Today;
        return TypedResults.Ok(facts.Leaders.Values
            .SelectMany(l => l.Warrants.Select(w => new WarrantListResponse(
                w.Warrant.Code,
                l.Leader.Slug,
                l.Leader.Name,
                w.Situation.Code,
                w.Warrant.CaseNumber,
                w.Warrant.IssuedOn,
                w.Warrant.PublicOn,
                w.Warrant.StatusOn(today),
                w.Warrant.Source)))
            .OrderByDescending(w => w.IssuedOn ?? w.PublicOn).ThenBy(w => w.Id, StringComparer.Ordinal)
            .ToList());
    }

    static async Task<Ok<List<SituationResponse>>> ListSituationsAsync(CatalogQueries catalog, CancellationToken ct) =>
        TypedResults.Ok(await catalog.SituationsAsync(ct));

    /// <param name="from">
    /// Summits ending on or after this day (yyyy-MM-dd). Default: today, i.e. upcoming summits.
    /// </param>
    /// <param name="to">Summits starting on or before this day (yyyy-MM-dd).</param>
    static async Task<Results<Ok<List<SummitResponse>>, ValidationProblem>> ListSummitsAsync(
        [OpenApiQuery(typeof(DateOnly))] string? from,
        [OpenApiQuery(typeof(DateOnly))] string? to,
        RiskAssessments risk,
        CatalogQueries catalog,
        CancellationToken ct)
    {
        var query = new ApiQuery();
        var fromDay = query.Date(nameof(from), from, risk.Today);
        var toDay = to is null ? DateOnly.MaxValue : query.Date(nameof(to), to, DateOnly.MaxValue);
        if (query.HasErrors)
            return TypedResults.ValidationProblem(query.Errors);
        return TypedResults.Ok(await catalog.SummitsAsync(fromDay, toDay, includeUndated: true, hostIso3: null, ct));
    }

    static async Task<IResult> CreateSummitAsync(HttpContext context, SummitWriter writer, RiskAssessments risk,
        Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        var (request, bodyErrors) =
            await JsonBody.ReadAsync<SummitRequest>(context.Request, json.Value.SerializerOptions);
        if (request is null)
            return TypedResults.ValidationProblem(bodyErrors!, title: "Invalid summit");
        var (summit, errors) = await writer.CreateAsync(request, ct);
        if (summit is null)
            return TypedResults.ValidationProblem(Domain.Common.FieldError.ByField(errors),
                title: "The summit was not saved: some fields are invalid");
        var facts = await risk.FactsAsync(ct);
        return TypedResults.Created(
            summit.StartDate is { } day ? $"/api/v1/summits?from={day:yyyy-MM-dd}" : "/api/v1/summits",
            CatalogQueries.Summit(facts, summit));
    }
}
