using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Api.OpenApi;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

/// <summary>
/// The query parameters that narrow a trip list, shared by <c>GET /api/v1/trips</c> and the exports so both accept
/// exactly the same filters and reject bad ones the same way (one code path).
/// </summary>
public sealed class TripFilterQuery
{
    /// <summary>Traveller's slug.</summary>
    /// <example>vladimir-putin</example>
    [FromQuery(Name = "person")] public string? Person { get; init; }

    /// <summary>Host State, ISO alpha-3.</summary>
    /// <example>ZAF</example>
    [FromQuery(Name = "state")] public string? State { get; init; }

    /// <summary>Trips ending on or after this day (yyyy-MM-dd).</summary>
    /// <example>2023-01-01</example>
    [FromQuery(Name = "from"), OpenApiQuery(typeof(DateOnly))] public string? From { get; init; }

    /// <summary>Trips starting on or before this day (yyyy-MM-dd).</summary>
    /// <example>2024-12-31</example>
    [FromQuery(Name = "to"), OpenApiQuery(typeof(DateOnly))] public string? To { get; init; }

    /// <summary>Planned, Reported, Cancelled, Virtual or Delegated.</summary>
    [FromQuery(Name = "status"), OpenApiQuery(typeof(TripStatus))] public string? Status { get; init; }

    /// <summary>ArrestRequired, SecurityCouncilObligation, Article12_3Declaration, NoTreatyObligation, NotWanted or Undetermined.</summary>
    /// <example>ArrestRequired</example>
    [FromQuery(Name = "obligation"), OpenApiQuery(typeof(Obligation))] public string? Obligation { get; init; }

    /// <summary>Unverified, Corroborated or Verified.</summary>
    /// <example>Corroborated</example>
    [FromQuery(Name = "review"), OpenApiQuery(typeof(ReviewState))] public string? Review { get; init; }

    /// <summary>true to include retracted trips too (they are left out by default).</summary>
    [FromQuery(Name = "includeRetracted"), OpenApiQuery(typeof(bool))] public string? IncludeRetracted { get; init; }

    /// <summary>
    /// Checks the form of every parameter, adding what is wrong to <paramref name="query"/> (so a caller can add its
    /// own parameters' problems before answering). The result is only meaningful when the query has no errors.
    /// </summary>
    public ParsedTripFilter Parse(ApiQuery query)
    {
        var slug = Person is null ? null : query.Slug("person", Person);
        var iso3 = State is null ? null : query.Iso3("state", State);
        var fromDay = From is null ? (DateOnly?)null : query.Date("from", From, default);
        var toDay = To is null ? (DateOnly?)null : query.Date("to", To, default);
        var filter = new TripFilter(
            HostIso3: iso3,
            From: fromDay,
            To: toDay,
            Status: query.Enum<TripStatus>("status", Status),
            Obligation: query.Enum<Obligation>("obligation", Obligation),
            Review: query.Enum<ReviewState>("review", Review),
            IncludeRetracted: query.Bool("includeRetracted", IncludeRetracted));
        if (fromDay > toDay)
            query.Add("to", "'to' is before 'from'.");
        return new ParsedTripFilter(slug, filter);
    }

    /// <summary>Parses and resolves in one go, for endpoints that have no parameters of their own.</summary>
    public async Task<(TripFilter? Filter, IResult? Problem)> ResolveAsync(RiskAssessments risk, CancellationToken ct)
    {
        var query = new ApiQuery();
        var parsed = Parse(query);
        if (query.HasErrors)
            return (null, TypedResults.ValidationProblem(query.Errors, title: "Invalid query parameters"));
        var (filter, notFound) = await parsed.ResolveAsync(risk, ct);
        return (filter, notFound);
    }
}

/// <summary>A well-formed filter whose person and State are not yet known to exist.</summary>
public sealed record ParsedTripFilter(string? PersonSlug, TripFilter Filter)
{
    /// <summary>The filter with the person's id, or 404 naming the person or State that is not in the record.</summary>
    public async Task<(TripFilter? Filter, ProblemHttpResult? NotFound)> ResolveAsync(
        RiskAssessments risk,
        CancellationToken ct)
    {
        var facts = await risk.FactsAsync(ct);
        var filter = Filter;
        if (PersonSlug is not null)
        {
            if (!facts.Leaders.TryGetValue(PersonSlug, out var leader))
                return (null, ApiProblems.PersonNotFound(PersonSlug));
            filter = filter with { LeaderId = leader.Leader.Id };
        }
        if (filter.HostIso3 is { } iso3 && !facts.Countries.ContainsKey(iso3))
            return (null, ApiProblems.StateNotFound(iso3));
        return (filter, null);
    }
}
