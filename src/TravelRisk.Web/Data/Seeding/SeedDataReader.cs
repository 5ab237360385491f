using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.People;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Data.Seeding;

/// <summary>
/// Reads data/*.csv into <see cref="SeedData"/> and checks every reference between files. How each row becomes an
/// entity is in SeedDataReader.Rows.cs.
/// </summary>
public static partial class SeedDataReader
{
    public static SeedData Read(string folder)
    {
        if (!Directory.Exists(folder))
            throw new SeedDataException($"The data folder '{folder}' does not exist. Set Data:Path to the folder " +
                "holding countries.csv and the other seed files.");

        var countries = CsvFile.Read(folder, "countries.csv", SeedColumns.Countries, ReadCountry);
        var situations = CsvFile.Read(folder, "situations.csv", SeedColumns.Situations, ReadSituation);
        var readings = CsvFile.Read(
            folder,
            "statute_readings.csv",
            SeedColumns.StatuteReadings,
            row => (Row: row, Iso3: row.Iso3("iso3")));
        var declarations = CsvFile.Read(
            folder,
            "declarations.csv",
            SeedColumns.Declarations,
            row => (Row: row, Value: ReadDeclaration(row)));
        var leaders =
            CsvFile.Read(folder, "leaders.csv", SeedColumns.Leaders, row => (Row: row, Value: ReadLeader(row)));
        var positions =
            CsvFile.Read(folder, "positions.csv", SeedColumns.Positions, row => (Row: row, Value: ReadPosition(row)));
        var warrants =
            CsvFile.Read(folder, "warrants.csv", SeedColumns.Warrants, row => (Row: row, Value: ReadWarrant(row)));
        var events = CsvFile.Read(
            folder,
            "warrant_events.csv",
            SeedColumns.WarrantEvents,
            row => (Row: row, Value: ReadWarrantEvent(row)));
        var summits =
            CsvFile.Read(folder, "summits.csv", SeedColumns.Summits, row => (Row: row, Value: ReadSummit(row)));
        var trips = CsvFile.Read(folder, "trips.csv", SeedColumns.Trips, ReadTrip);
        var legs = CsvFile.Read(
            folder,
            "trip_legs.csv",
            SeedColumns.TripLegs,
            row => (Row: row, TripSlug: row.Required("trip_id"), Value: ReadLeg(row)));
        var sources = CsvFile.Read(
            folder,
            "trip_sources.csv",
            SeedColumns.TripSources,
            row => (Row: row, TripSlug: row.Required("trip_id"), Value: ReadSource(row)));
        var findings =
            CsvFile.Read(folder, "findings.csv", SeedColumns.Findings, row => (Row: row, Value: ReadFinding(row)));

        var keys = new SeedKeys(folder);
        keys.Unique(countries.Select(c => (c.Iso3, "countries.csv", "iso3")));
        keys.Unique(situations.Select(s => (s.Code, "situations.csv", "code")));
        keys.Unique(leaders.Select(l => (l.Value.Slug, l.Row.File, "slug")));
        keys.Unique(warrants.Select(w => (w.Value.Warrant.Code, w.Row.File, "id")));
        keys.Unique(summits.Select(s => (s.Value.Slug, s.Row.File, "slug")));
        keys.Unique(trips.Select(t => (t.Trip.Slug, t.Row.File, "id")));
        keys.Unique(findings.Select(f => (f.Value.Finding.Code, f.Row.File, "id")));

        var countryCodes = countries.Select(c => c.Iso3).ToHashSet();
        var countriesByCode = countries.ToDictionary(c => c.Iso3);
        var statuteReadings = new List<StatuteReading>();
        foreach (var (row, iso3) in readings)
        {
            SeedKeys.MustExist(countryCodes, iso3, row, "iso3", "countries.csv");
            if (!countriesByCode[iso3].IsDisputed)
                throw row.Error("iso3", "another reading is only for a State whose record is marked disputed in " +
                    "countries.csv");
            statuteReadings.Add(new StatuteReading
            {
                CountryIso3 = iso3,
                Summary = row.Required("summary"),
                Timeline = StatuteReadingColumns.Apply(row, countriesByCode[iso3].Timeline),
                Source = row.RequiredUrl("source"),
            });
        }
        var situationCodes = situations.Select(s => s.Code).ToHashSet();
        var leaderSlugs = leaders.Select(l => l.Value.Slug).ToHashSet();
        var warrantCodes = warrants.Select(w => w.Value.Warrant.Code).ToHashSet();
        var summitSlugs = summits.Select(s => s.Value.Slug).ToHashSet();
        var tripsBySlug = trips.ToDictionary(t => t.Trip.Slug);

        foreach (var situation in situations)
        {
            foreach (var iso3 in situation.TerritoryIso3.Concat(situation.BoundIso3))
                SeedKeys.MustExist(
                    countryCodes, iso3, "situations.csv", situation.Code, "territory_iso3/bound_iso3", "countries.csv");
        }
        foreach (var (row, declaration) in declarations)
        {
            SeedKeys.MustExist(countryCodes, declaration.CountryIso3, row, "iso3", "countries.csv");
            if (declaration.SituationCode is { } code)
                SeedKeys.MustExist(situationCodes, code, row, "situation_code", "situations.csv");
        }
        foreach (var (row, leader) in leaders)
        {
            if (leader.NationalityIso3 is { } iso3)
                SeedKeys.MustExist(countryCodes, iso3, row, "nationality_iso3", "countries.csv");
        }
        foreach (var (row, position) in positions)
        {
            SeedKeys.MustExist(leaderSlugs, position.LeaderSlug, row, "leader_slug", "leaders.csv");
            if (position.Position.CountryIso3 is { } iso3)
                SeedKeys.MustExist(countryCodes, iso3, row, "country_iso3", "countries.csv");
        }
        foreach (var (row, warrant) in warrants)
        {
            SeedKeys.MustExist(leaderSlugs, warrant.LeaderSlug, row, "leader_slug", "leaders.csv");
            SeedKeys.MustExist(situationCodes, warrant.Warrant.SituationCode, row, "situation_code", "situations.csv");
        }
        foreach (var (row, change) in events)
        {
            SeedKeys.MustExist(warrantCodes, change.WarrantCode, row, "warrant_id", "warrants.csv");
            if (change.ExecutedByIso3 is { } by)
                SeedKeys.MustExist(countryCodes, by, row, "executed_by", "countries.csv");
        }
        foreach (var (row, summit) in summits)
            SeedKeys.MustExist(countryCodes, summit.HostIso3, row, "host_iso3", "countries.csv");
        foreach (var trip in trips)
        {
            SeedKeys.MustExist(leaderSlugs, trip.LeaderSlug, trip.Row, "leader_slug", "leaders.csv");
            SeedKeys.MustExist(countryCodes, trip.Trip.HostIso3, trip.Row, "host_iso3", "countries.csv");
            if (trip.SummitSlug is { } summit)
                SeedKeys.MustExist(summitSlugs, summit, trip.Row, "summit_slug", "summits.csv");
            if (trip.RepresentativeSlug is { } representative)
                SeedKeys.MustExist(leaderSlugs, representative, trip.Row, "representative_slug", "leaders.csv");
        }
        foreach (var (row, tripSlug, leg) in legs)
        {
            SeedKeys.MustExist(countryCodes, leg.CountryIso3, row, "iso3", "countries.csv");
            Trip(tripsBySlug, tripSlug, row).Trip.Legs.Add(leg);
        }
        foreach (var (row, finding) in findings)
        {
            SeedKeys.MustExist(countryCodes, finding.Finding.CountryIso3, row, "state_iso3", "countries.csv");
            SeedKeys.MustExist(leaderSlugs, finding.LeaderSlug, row, "leader_slug", "leaders.csv");
            if (finding.TripSlug is { } findingTrip)
                Trip(tripsBySlug, findingTrip, row);
        }
        foreach (var (row, tripSlug, source) in sources)
            Trip(tripsBySlug, tripSlug, row).Trip.Sources.Add(source);

        return new SeedData(
            Countries: countries,
            StatuteReadings: statuteReadings,
            Declarations: declarations.Select(d => d.Value).ToList(),
            Situations: situations,
            Leaders: leaders.Select(l => l.Value).ToList(),
            Positions: positions.Select(p => p.Value).ToList(),
            Warrants: warrants.Select(w => w.Value).ToList(),
            WarrantEvents: events.Select(e => e.Value).ToList(),
            Summits: summits.Select(s => s.Value).ToList(),
            Trips: trips,
            Findings: findings.Select(f => f.Value).ToList());
    }

    static SeedTrip Trip(Dictionary<string, SeedTrip> trips, string slug, CsvRow row) =>
        trips.TryGetValue(slug, out var trip) ? trip : throw row.Error("trip_id", $"no trip '{slug}' in trips.csv");
}
