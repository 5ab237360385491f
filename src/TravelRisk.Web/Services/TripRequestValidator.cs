using TravelRisk.Domain.Common;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;

namespace TravelRisk.Web.Services;

/// <summary>
/// Turns a <see cref="TripRequest"/> into a <see cref="Trip"/>, collecting every problem keyed by the field's API
/// name ("host", "sources[0].url"), then applies the trip's own rules (<see cref="Trip.Validate"/>).
/// </summary>
public static class TripRequestValidator
{
    public const int MaxNotes = 4000;
    public const int MaxQuote = 1000;
    public const int MaxOutlet = 200;
    public const int MaxUrl = 1000;
    /// <summary>A leg's source URL: its column is shorter than a cited source's.</summary>
    public const int MaxLegSource = 500;
    public const int MaxReason = 1000;

    /// <summary>
    /// Fills <paramref name="trip"/> from <paramref name="request"/>; returns the problems (none means valid).
    /// </summary>
    public static List<FieldError> Apply(TripRequest request, Trip trip, TripLookups lookups)
    {
        var errors = new List<FieldError>();
        trip.LeaderId = Person(request.Leader, "leader", lookups, errors, required: true) ?? 0;
        trip.HostIso3 = Country(request.Host, "host", lookups, errors) ?? "";
        trip.SummitId = null;
        if (!string.IsNullOrWhiteSpace(request.Summit))
        {
            if (lookups.SummitIds.TryGetValue(request.Summit.Trim(), out var summitId))
                trip.SummitId = summitId;
            else
                errors.Add(new("summit", $"No summit with the slug '{request.Summit}'."));
        }
        trip.StartDate = Date(request.StartDate, "startDate", errors);
        trip.EndDate = Date(request.EndDate, "endDate", errors);
        if (request.Status is { } status)
            trip.Status = status;
        else
            errors.Add(new("status", "A status is required: Planned, Reported, Cancelled, Virtual or Delegated."));
        trip.RepresentativeId = Person(request.Representative, "representative", lookups, errors, required: false);
        if (request.Confidence is { } confidence)
            trip.Confidence = confidence;
        else
            errors.Add(new("confidence", "A confidence is required: Low, Medium or High."));
        trip.Notes = InputRules.Text(request.Notes, "notes", MaxNotes, errors, multiLine: true);
        trip.InternalNotes = InputRules.Text(request.InternalNotes, "internalNotes", MaxNotes, errors, multiLine: true);

        trip.Legs = [];
        var legs = InputRules.TooMany(request.Legs, "legs", InputRules.MaxLegs, errors) ? [] : request.Legs ?? [];
        for (var i = 0; i < legs.Count; i++)
        {
            var leg = legs[i];
            if (leg is null)
            {
                errors.Add(new($"legs[{i}]", "A leg cannot be null."));
                continue;
            }
            if (leg.Kind is null)
                errors.Add(new($"legs[{i}].kind", "A kind is required: Visit, Transit or Overflight."));
            trip.Legs.Add(new TripLeg
            {
                Kind = leg.Kind ?? LegKind.Visit,
                CountryIso3 = Country(leg.Country, $"legs[{i}].country", lookups, errors) ?? "",
                StartDate = Date(leg.StartDate, $"legs[{i}].startDate", errors),
                EndDate = Date(leg.EndDate, $"legs[{i}].endDate", errors),
                Source = InputRules.Url(leg.Source, $"legs[{i}].source", MaxLegSource, errors, required: false),
                Notes = InputRules.Text(leg.Notes, $"legs[{i}].notes", MaxNotes, errors, multiLine: true),
                InternalNotes =
                    InputRules.Text(leg.InternalNotes, $"legs[{i}].internalNotes", MaxNotes, errors, multiLine: true),
            });
        }

        // A source the trip already cites is kept as it was (older records may lack a date or quote); a new one
        // must be complete.
        var cited = trip.Sources.Select(s => (s.Url, s.Outlet)).ToHashSet();
        trip.Sources = [];
        var sources = InputRules.TooMany(request.Sources, "sources", InputRules.MaxSources, errors)
            ? []
            : request.Sources ?? [];
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is not { } source)
                errors.Add(new($"sources[{i}]", "A source cannot be null."));
            else
                trip.Sources.Add(
                    Source(
                        source,
                        $"sources[{i}]",
                        errors,
                        complete: !cited.Contains((source.Url?.Trim(), source.Outlet?.Trim() ?? ""))));
        }

        // The trip's own invariants, unless a field they read is already reported.
        foreach (var error in trip.Validate())
        {
            if (!errors.Any(e =>
                e.Field == error.Field || e.Field.StartsWith(error.Field + ".", StringComparison.Ordinal)))
                errors.Add(error);
        }
        return errors;
    }

    /// <summary>
    /// A source from a request. A <paramref name="complete"/> (newly cited) source needs all four parts: URL,
    /// outlet, publication date and a quote, so a reader can find and check it. One the trip already cites is
    /// kept as recorded, even if it is known by outlet alone.
    /// </summary>
    public static TripSource Source(SourceRequest request, string prefix, List<FieldError> errors, bool complete = true)
    {
        var source = new TripSource
        {
            Url = Url(request.Url, $"{prefix}.url", errors, required: complete),
            Outlet = InputRules.Required(
                request.Outlet,
                $"{prefix}.outlet",
                MaxOutlet,
                "The outlet is required, e.g. Reuters.",
                errors),
            PublishedOn = Date(request.PublishedOn, $"{prefix}.publishedOn", errors),
            Quote = InputRules.Text(request.Quote, $"{prefix}.quote", MaxQuote, errors, multiLine: true),
        };
        if (complete && source.PublishedOn is null)
            errors.Add(new($"{prefix}.publishedOn", "The date the report was published is required."));
        if (complete && source.Quote is null)
            errors.Add(new($"{prefix}.quote", "Quote the words in the report that support the record."));
        return source;
    }

    public static int? Person(string? slug, string field, TripLookups lookups, List<FieldError> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            if (required)
                errors.Add(new(field, "A person's slug is required, e.g. vladimir-putin."));
            return null;
        }
        if (lookups.LeaderIds.TryGetValue(slug.Trim(), out var id))
            return id;
        errors.Add(new(field, $"No person with the slug '{slug}'."));
        return null;
    }

    static string? Country(string? iso3, string field, TripLookups lookups, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(iso3))
        {
            errors.Add(new(field, "An ISO 3166-1 alpha-3 code is required, e.g. ZAF."));
            return null;
        }
        var code = iso3.Trim().ToUpperInvariant();
        if (lookups.CountryCodes.Contains(code))
            return code;
        errors.Add(new(field, $"'{iso3}' is not the ISO 3166-1 alpha-3 code of a UN member or observer State."));
        return null;
    }

    // A date out of range is reported and left out, so the trip's own rules never compute with it (9999-12-31 + 1 day).
    static DateOnly? Date(DateOnly? day, string field, List<FieldError> errors) =>
        InputRules.Date(day, field, errors) is { } d && InputRules.IsInRange(d) ? d : null;

    static string? Url(string? url, string field, List<FieldError> errors, bool required) =>
        InputRules.Url(url, field, MaxUrl, errors, required);

    /// <summary>
    /// Why a trip was cancelled or retracted: required, at most <see cref="MaxReason"/> characters, may run over lines.
    /// </summary>
    public static string? Reason(string? reason, string field, string missing, List<FieldError> errors)
    {
        var text = InputRules.Text(reason, field, MaxReason, errors, multiLine: true);
        if (text is null)
            errors.Add(new(field, missing));
        return text;
    }
}
