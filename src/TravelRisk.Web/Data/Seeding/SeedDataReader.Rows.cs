using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.People;
using TravelRisk.Domain.Travel;

namespace TravelRisk.Web.Data.Seeding;

// One row of a data file to one entity: the columns, their checks and their defaults.
public static partial class SeedDataReader
{
    static Country ReadCountry(CsvRow row)
    {
        var timeline = new StatuteTimeline
        {
            SignedOn = row.Date("signed_on"),
            DepositedOn = row.Date("deposited_on"),
            DepositKind = row.Enum<DepositKind>("deposit_kind"),
            InForceOn = row.Date("in_force_on"),
            WithdrawalAnnouncedOn = row.Date("withdrawal_announced_on"),
            WithdrawalNotifiedOn = row.Date("withdrawal_notified_on"),
            WithdrawalEffectiveOn = row.Date("withdrawal_effective_on"),
            WithdrawalRevokedOn = row.Date("withdrawal_revoked_on"),
            SignatureWithdrawnOn = row.Date("signature_withdrawn_on"),
        };
        if (timeline.DepositedOn is not null && timeline.DepositKind is null)
            throw row.Error("deposit_kind", "a deposit needs its kind (Ratification, Accession or Succession)");
        // A successor State's instrument can take effect from its independence, before the deposit (Montenegro, 2006).
        if (timeline.InForceOn is { } inForce && (timeline.DepositedOn is not { } deposited || (inForce < deposited && timeline.DepositKind != DepositKind.Succession)))
            throw row.Error("in_force_on", "entry into force needs a deposit on or before it (unless the instrument is a succession)");
        if (timeline.WithdrawalEffectiveOn is { } effective && (timeline.WithdrawalNotifiedOn is not { } notified || effective < notified))
            throw row.Error("withdrawal_effective_on", "a withdrawal takes effect only after it is notified");
        if (timeline.WithdrawalAnnouncedOn is { } announced && (timeline.DepositedOn is null || timeline.WithdrawalNotifiedOn < announced))
            throw row.Error("withdrawal_announced_on", "an announced withdrawal is recorded for a State Party, before (or without) its notification");

        return new Country
        {
            Iso3 = row.Iso3("iso3"),
            Iso2 = row.Codes("iso2", 2) is [var iso2] ? iso2 : throw row.Error("iso2", "exactly one ISO 3166-1 alpha-2 code is required"),
            Name = row.Required("name"),
            UnStatus = row.RequiredEnum<UnStatus>("un_status"),
            WikidataId = row.Text("wikidata"),
            Timeline = timeline,
            IsDisputed = row.Bool("disputed"),
            Source = row.RequiredUrl("source"),
            Notes = row.Text("notes"),
            InternalNotes = row.Text("internal_notes"),
        };
    }

    static Situation ReadSituation(CsvRow row)
    {
        var kind = row.RequiredEnum<Domain.Cases.ReferralKind>("referral_kind");
        var bound = row.Codes("bound_iso3", 3);
        if (bound.Count > 0 && kind != Domain.Cases.ReferralKind.SecurityCouncil)
            throw row.Error("bound_iso3", "only a Security Council referral binds states that are not parties");
        return new Situation
        {
            Code = row.Required("code"),
            Name = row.Required("name"),
            Number = row.Text("number"),
            TerritoryIso3 = row.Codes("territory_iso3", 3),
            ReferralKind = kind,
            ReferredOn = row.Date("referred_on"),
            ReferredBy = row.Text("referred_by"),
            Resolution = row.Text("resolution"),
            BoundIso3 = bound,
            PreliminaryExaminationOpenedOn = row.Date("preliminary_examination_opened_on"),
            InvestigationOpenedOn = row.Date("investigation_opened_on"),
            CrimesFrom = row.Date("crimes_from"),
            Source = row.RequiredUrl("source"),
            Notes = row.Text("notes"),
            InternalNotes = row.Text("internal_notes"),
        };
    }

    static Article12_3Declaration ReadDeclaration(CsvRow row) => new()
    {
        CountryIso3 = row.Iso3("iso3"),
        LodgedOn = row.Date("lodged_on"),
        CoversFrom = row.Date("covers_from"),
        CoversTo = row.Date("covers_to"),
        SituationCode = row.Text("situation_code"),
        Source = row.RequiredUrl("source"),
        Notes = row.Text("notes"),
        InternalNotes = row.Text("internal_notes"),
    };

    static Leader ReadLeader(CsvRow row) => new()
    {
        Slug = SeedKeys.Slug(row, "slug"),
        Name = row.Required("name"),
        ShortName = row.Text("short_name"),
        NationalityIso3 = row.OptionalIso3("nationality_iso3"),
        WikidataId = row.Text("wikidata"),
        Source = row.RequiredUrl("source"),
        Notes = row.Text("notes"),
        InternalNotes = row.Text("internal_notes"),
    };

    static SeedPosition ReadPosition(CsvRow row) => new(row.Required("leader_slug"), new Position
    {
        Title = row.Required("title"),
        CountryIso3 = row.OptionalIso3("country_iso3"),
        StartedOn = row.Date("from"),
        EndedOn = row.Date("to"),
        Source = row.RequiredUrl("source"),
    });

    static SeedWarrant ReadWarrant(CsvRow row)
    {
        var warrant = new Warrant
        {
            Code = SeedKeys.Slug(row, "id"),
            SituationCode = row.Required("situation_code"),
            Offences = row.RequiredEnum<WarrantOffences>("offences"),
            CaseNumber = row.Text("case_number"),
            IssuedOn = row.Date("issued_on"),
            IssuedNotBefore = row.Date("issued_not_before"),
            IssuedNoLaterThan = row.Date("issued_no_later_than"),
            PublicOn = row.Date("public_on"),
            Source = row.RequiredUrl("source"),
            Notes = row.Text("notes"),
            InternalNotes = row.Text("internal_notes"),
        };
        if (warrant.IssuedOn is null && warrant.PublicOn is null)
            throw row.Error("issued_on", "a warrant needs its issue date or, when that is unknown, the date it was made public");
        if (warrant.PublicOn < warrant.IssuedOn)
            throw row.Error("public_on", "a warrant cannot be made public before it is issued");
        if (warrant.IssuedOn is not null && (warrant.IssuedNotBefore is not null || warrant.IssuedNoLaterThan is not null))
            throw row.Error("issued_not_before", "bounds are for a warrant whose issue date is unknown; leave them empty when issued_on is known");
        if (warrant.IssuedNotBefore > warrant.IssuedNoLaterThan || warrant.IssuedNoLaterThan > warrant.PublicOn)
            throw row.Error("issued_no_later_than", "the bounds must be in order: issued_not_before, issued_no_later_than, public_on");
        return new SeedWarrant(row.Required("leader_slug"), warrant);
    }

    static WarrantEvent ReadWarrantEvent(CsvRow row)
    {
        var change = new WarrantEvent
        {
            WarrantCode = row.Required("warrant_id"),
            Status = row.RequiredEnum<WarrantStatus>("status"),
            Ending = row.RequiredEnum<WarrantEnding>("ending"),
            On = row.Date("on"),
            ExecutedByIso3 = row.OptionalIso3("executed_by"),
            ArrestedOn = row.Date("arrested_on"),
            Source = row.RequiredUrl("source"),
            Notes = row.Text("notes"),
            InternalNotes = row.Text("internal_notes"),
        };
        if (change.ExecutedByIso3 is null && change.ArrestedOn is not null)
            throw row.Error("arrested_on", "an arrest date needs the State that made the arrest (executed_by)");
        if (change.ExecutedByIso3 is not null && change.Ending != WarrantEnding.Surrendered)
            throw row.Error("executed_by", "only a warrant executed by arrest and surrender names the State that executed it");
        if (change.ArrestedOn > change.On)
            throw row.Error("arrested_on", "the arrest cannot come after the surrender");
        var expected = change.Ending switch
        {
            WarrantEnding.Surrendered => WarrantStatus.Executed,
            WarrantEnding.CaseInadmissible or WarrantEnding.CeasedToHaveEffect => WarrantStatus.Vacated,
            _ => WarrantStatus.Withdrawn,
        };
        return change.Status == expected ? change : throw row.Error("ending", $"{change.Ending} goes with the status {expected}, not {change.Status}");
    }

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
        return summit.EndDate < summit.StartDate ? throw row.Error("end_date", "the end date is before the start date") : summit;
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
            throw row.Error("end_date", $"the end date {trip.EndDate:yyyy-MM-dd} is before the start date {trip.StartDate:yyyy-MM-dd}");

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
