using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Cases;
using TravelRisk.Domain.People;
using TravelRisk.Domain.Rules;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services.Export;

/// <summary>
/// The record as FollowTheMoney entities, the model OpenSanctions, yente and Aleph load: a Person per person, a
/// Sanction per ICC warrant, a Position and an Occupancy per office held, an Event per standing trip. Ids are
/// "travelrisk-" plus the row's natural key, so they stay the same from one export to the next. Countries are
/// FtM's lower-case ISO 3166-1 alpha-2 codes; dates ISO 8601 (a year alone where only the year is known).
/// </summary>
public sealed class FtmExport(IDbContextFactory<TravelRiskDb> dbs, RiskFactsCache cache, TimeProvider clock)
{
    public const string Prefix = "travelrisk-";

    public async IAsyncEnumerable<FtmEntity> EntitiesAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var facts = await cache.GetAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var positions = new HashSet<string>(StringComparer.Ordinal); // one Position per office, however many held it
        foreach (var person in facts.Leaders.Values.OrderBy(p => p.Leader.Slug, StringComparer.Ordinal))
        {
            yield return Person(person, facts, today);
            foreach (var warrant in person.Warrants)
                yield return Sanction(person.Leader, warrant, today);
            foreach (var position in person.Leader.Positions.OrderBy(p => p.StartedOn))
            {
                if (positions.Add(PositionId(position)))
                    yield return Position(position, facts);
                yield return Occupancy(person.Leader, position, today);
            }
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var trips = db.Trips.AsNoTracking().Where(t => t.RetractionReason == null)
            .Include(t => t.Legs.OrderBy(l => l.Id)).Include(t => t.Sources).AsSplitQuery().OrderBy(t => t.Id)
            .AsAsyncEnumerable();
        await foreach (var trip in trips.WithCancellation(ct))
            yield return Event(trip, facts);
    }

    /// <summary>
    /// Writes one entity a line, as FtM's JSON lines format (UTF-8, no BOM), asynchronously line by line.
    /// </summary>
    public static async Task WriteJsonLinesAsync(
        IAsyncEnumerable<FtmEntity> entities,
        Stream output,
        CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>();
        await foreach (var entity in entities.WithCancellation(ct))
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer))
                JsonSerializer.Serialize(
                    json,
                    new { id = entity.Id, schema = entity.Schema, properties = entity.Properties });
            buffer.Write("\n"u8);
            await output.WriteAsync(buffer.WrittenMemory, ct);
        }
        await output.FlushAsync(ct);
    }

    static FtmEntity Person(LeaderFacts person, RiskFacts facts, DateOnly today)
    {
        var leader = person.Leader;
        var p = new FtmProperties();
        p.Add("name", leader.Name);
        if (leader.ShortName is { } alias && alias != leader.Name)
            p.Add("alias", alias);
        if (leader.NationalityIso3 is { } nationality)
            p.Add("nationality", Country(facts, nationality));
        p.Add("wikidataId", leader.WikidataId);
        var outstanding = person.Warrants.Where(w => w.Warrant.IsOutstandingOn(today)).ToList();
        if (outstanding.Count > 0)
        {
            p.Add("topics", "wanted");
            p.Add(
                "topics",
                outstanding.Any(w => w.Warrant.Offences == WarrantOffences.CoreCrimes) ? "crime.war" : "crime");
        }
        p.Add("sourceUrl", leader.Source);
        p.Add("notes", leader.Notes);
        return new(Id("person", leader.Slug), "Person", p.ToDictionary());
    }

    static FtmEntity Sanction(Leader leader, WarrantCase warrant, DateOnly today)
    {
        var w = warrant.Warrant;
        var p = new FtmProperties();
        p.Add("entity", Id("person", leader.Slug));
        p.Add("authority", "International Criminal Court");
        p.Add("program", warrant.Situation.Name);
        p.Add("programId", warrant.Situation.Number);
        p.Add("recordId", w.CaseNumber);
        p.Add("startDate", IssueDate(w));
        p.Add("listingDate", Date(w.PublicOn));
        p.Add("reason", w.Offences == WarrantOffences.AdministrationOfJustice
            ? "ICC arrest warrant for offences against the administration of justice (Rome Statute, Art. 70)"
            : "ICC arrest warrant");
        var ended = w.Events.Where(e => e.On <= today).OrderBy(e => e.On).LastOrDefault();
        p.Add("status", ended is null ? "Outstanding" : $"{ended.Status}: {ended.Ending}");
        p.Add("endDate", Date(ended?.On));
        p.Add("sourceUrl", w.Source);
        p.Add("summary", w.Notes);
        return new(Id("warrant", w.Code), "Sanction", p.ToDictionary());
    }

    static FtmEntity Position(Position position, RiskFacts facts)
    {
        var p = new FtmProperties();
        p.Add("name", position.Title);
        if (position.CountryIso3 is { } iso3)
            p.Add("country", Country(facts, iso3));
        return new(PositionId(position), "Position", p.ToDictionary());
    }

    static FtmEntity Occupancy(Leader leader, Position position, DateOnly today)
    {
        var p = new FtmProperties();
        p.Add("holder", Id("person", leader.Slug));
        p.Add("post", PositionId(position));
        p.Add("startDate", Date(position.StartedOn));
        p.Add("endDate", Date(position.EndedOn));
        p.Add("status", position.EndedOn is { } ended && ended < today ? "ended" : "current");
        p.Add("sourceUrl", position.Source);
        var start = position.StartedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";
        return new(Id("occupancy", $"{leader.Slug}-{Slug(position.Title)}-{start}"), "Occupancy", p.ToDictionary());
    }

    static FtmEntity Event(Trip trip, RiskFacts facts)
    {
        var person = facts.LeadersById[trip.LeaderId];
        var host = facts.Countries[trip.HostIso3];
        var result = TripAssessor.Assess(trip, facts.Countries, person.Warrants);
        var p = new FtmProperties();
        p.Add("name", $"{person.Leader.Name} — {host.Name}" + (trip.StartDate is { } s ? $", {s:yyyy-MM-dd}" : ""));
        p.Add("startDate", Date(trip.StartDate));
        p.Add("endDate", Date(trip.EndDate));
        p.Add("country", host.Iso2.ToLowerInvariant());
        foreach (var leg in trip.Legs.Where(l => l.Kind != LegKind.Overflight))
            p.Add("country", Country(facts, leg.CountryIso3));
        p.Add("involved", Id("person", person.Leader.Slug));
        if (trip.RepresentativeId is { } representative)
            p.Add("involved", Id("person", facts.LeadersById[representative].Leader.Slug));
        p.Add("summary", $"{trip.Status} trip. Host's obligation: {ObligationText.Label(result.Decision.Obligation)} " +
            $"({result.Decision.Reason}). Review: {trip.Review}.");
        foreach (var source in trip.Sources)
            p.Add("sourceUrl", source.Url);
        p.Add("notes", trip.Notes);
        return new(Id("trip", trip.Slug), "Event", p.ToDictionary());
    }

    static string Id(string kind, string key) => $"{Prefix}{kind}-{key}";

    static string PositionId(Position position) =>
        Id("position", $"{Slug(position.Title)}-{position.CountryIso3?.ToLowerInvariant() ?? "none"}");

    static string Country(RiskFacts facts, string iso3) => facts.Countries[iso3].Iso2.ToLowerInvariant();

    static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The issue date, or for a sealed warrant of unknown day the year when both bounds fall in one.</summary>
    static string? IssueDate(Warrant w) => w switch
    {
        { IssuedOn: { } on } => Date(on),
        { IssuedNotBefore: { } from, IssuedNoLaterThan: { } to } when from.Year == to.Year =>
            from.Year.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
