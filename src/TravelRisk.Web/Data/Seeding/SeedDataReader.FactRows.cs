using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Countries;
using TravelRisk.Domain.People;

namespace TravelRisk.Web.Data.Seeding;

// One row of a fact file (States, situations, declarations, people, positions, warrants and their events) to one
// entity: the columns, their checks and their defaults.
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
        if (timeline.InForceOn is { } inForce
            && (timeline.DepositedOn is not { } deposited
                || (inForce < deposited && timeline.DepositKind != DepositKind.Succession)))
            throw row.Error("in_force_on", "entry into force needs a deposit on or before it (unless the instrument " +
                "is a succession)");
        if (timeline.WithdrawalEffectiveOn is { } effective
            && (timeline.WithdrawalNotifiedOn is not { } notified || effective < notified))
            throw row.Error("withdrawal_effective_on", "a withdrawal takes effect only after it is notified");
        if (timeline.WithdrawalAnnouncedOn is { } announced
            && (timeline.DepositedOn is null || timeline.WithdrawalNotifiedOn < announced))
            throw row.Error("withdrawal_announced_on", "an announced withdrawal is recorded for a State Party, " +
                "before (or without) its notification");

        return new Country
        {
            Iso3 = row.Iso3("iso3"),
            Iso2 = row.Codes("iso2", 2) is [var iso2]
                ? iso2
                : throw row.Error("iso2", "exactly one ISO 3166-1 alpha-2 code is required"),
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
            throw row.Error("issued_on", "a warrant needs its issue date or, when that is unknown, the date it was " +
                "made public");
        if (warrant.PublicOn < warrant.IssuedOn)
            throw row.Error("public_on", "a warrant cannot be made public before it is issued");
        if (warrant.IssuedOn is not null
            && (warrant.IssuedNotBefore is not null || warrant.IssuedNoLaterThan is not null))
            throw row.Error("issued_not_before", "bounds are for a warrant whose issue date is unknown; leave them " +
                "empty when issued_on is known");
        if (warrant.IssuedNotBefore > warrant.IssuedNoLaterThan || warrant.IssuedNoLaterThan > warrant.PublicOn)
            throw row.Error("issued_no_later_than", "the bounds must be in order: issued_not_before, " +
                "issued_no_later_than, public_on");
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
            throw row.Error("executed_by", "only a warrant executed by arrest and surrender names the State that " +
                "executed it");
        if (change.ArrestedOn > change.On)
            throw row.Error("arrested_on", "the arrest cannot come after the surrender");
        var expected = change.Ending switch
        {
            WarrantEnding.Surrendered => WarrantStatus.Executed,
            WarrantEnding.CaseInadmissible or WarrantEnding.CeasedToHaveEffect => WarrantStatus.Vacated,
            _ => WarrantStatus.Withdrawn,
        };
        return change.Status == expected
            ? change
            : throw row.Error("ending", $"{change.Ending} goes with the status {expected}, not {change.Status}");
    }
}
