using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Data.Seeding;

// One row of a travel file (summits, trips, their legs and sources, the Court's findings on visits) to one entity:
// the columns, their checks and their defaults.
public static partial class SeedDataReader
{
    static Summit ReadSummit(CsvRow row)
    {
        var summit = new Summit
        {
            Slug = SeedKeys.Slug(row, "slug"),
            Name = row.Required("name"),
            Series = row.Required("series"),
            HostIso3 = row.Iso3("host_iso3"),
            City = row.Text("city"),
            StartDate = row.Date("start_date"),
            EndDate = row.Date("end_date"),
            Source = row.RequiredUrl("source"),
            Notes = row.Text("notes"),
            InternalNotes = row.Text("internal_notes"),
        };
        return summit.EndDate < summit.StartDate
            ? throw row.Error("end_date", "the end date is before the start date")
            : summit;
    }

    static SeedTrip ReadTrip(CsvRow row)
    {
        var start = row.Date("start_date");
        var trip = new Trip
        {
            Slug = SeedKeys.Slug(row, "id"),
            HostIso3 = row.Iso3("host_iso3"),
            StartDate = start,
            EndDate = row.Date("end_date"),
            Status = row.RequiredEnum<TripStatus>("status"),
            Confidence = row.RequiredEnum<Confidence>("confidence"),
            Notes = row.Text("notes"),
            InternalNotes = row.Text("internal_notes"),
        };
        if (trip.EndDate < trip.StartDate)
            throw row.Error("end_date", $"the end date {trip.EndDate:yyyy-MM-dd} is before the start date " +
                $"{trip.StartDate:yyyy-MM-dd}");

        var representative = row.Text("representative_slug");
        if (trip.Status == TripStatus.Delegated && representative is null)
            throw row.Error("representative_slug", "a Delegated trip must name the representative who went");
        if (trip.Status != TripStatus.Delegated && representative is not null)
            throw row.Error("representative_slug", "only a Delegated trip names a representative");

        var url = row.Url("source_url");
        var outlet = row.Text("source_outlet");
        if (url is null && outlet is null)
            throw row.Error("source_url", "every trip needs a source: a URL, or at least the outlet that reported it");
        if (url is null && trip.Confidence == Confidence.High)
            throw row.Error("confidence", "a trip known only by the outlet's name cannot have High confidence");
        trip.Sources.Add(new TripSource
        {
            Url = url,
            Outlet = outlet ?? new Uri(url!).Host,
            PublishedOn = row.Date("source_published_on"),
            Quote = row.Text("source_quote"),
        });

        return new SeedTrip(row.Required("leader_slug"), row.Text("summit_slug"), representative, trip, row);
    }

    static SeedFinding ReadFinding(CsvRow row)
    {
        var referredTo = (row.Text("referred_to") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (referredTo.FirstOrDefault(body => body is not ("ASP" or "UNSC")) is { } unknown)
            throw row.Error("referred_to", $"'{unknown}' is not ASP or UNSC");
        return new SeedFinding(row.Required("leader_slug"), row.Text("trip_id"), new Finding
        {
            Code = SeedKeys.Slug(row, "id"),
            CountryIso3 = row.Iso3("state_iso3"),
            Kind = row.RequiredEnum<FindingKind>("kind"),
            DecidedOn = row.Date("decided_on"),
            PublicOn = row.Date("public_on"),
            Chamber = row.Text("chamber"),
            Document = row.Text("document"),
            ReferredTo = referredTo,
            OnImmunity = row.Text("on_immunity"),
            Source = row.RequiredUrl("source"),
            Notes = row.Text("notes"),
            InternalNotes = row.Text("internal_notes"),
        });
    }

    static TripLeg ReadLeg(CsvRow row)
    {
        var leg = new TripLeg
        {
            Kind = row.RequiredEnum<LegKind>("kind"),
            CountryIso3 = row.Iso3("iso3"),
            StartDate = row.Date("start_date"),
            EndDate = row.Date("end_date"),
            Source = row.Url("source"),
            Notes = row.Text("notes"),
            InternalNotes = row.Text("internal_notes"),
        };
        return leg.EndDate < leg.StartDate ? throw row.Error("end_date", "a leg cannot end before it starts") : leg;
    }

    static TripSource ReadSource(CsvRow row)
    {
        var url = row.RequiredUrl("url");
        return new TripSource
        {
            Url = url,
            Outlet = row.Text("outlet") ?? new Uri(url).Host,
            PublishedOn = row.Date("published_on"),
            Quote = row.Text("quote"),
        };
    }
}
