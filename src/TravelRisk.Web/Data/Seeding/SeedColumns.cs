namespace TravelRisk.Web.Data.Seeding;

/// <summary>
/// The exact header of each seed file (data/README.md describes every column). "notes" is published; "internal_notes"
/// (research memos: how a fact was checked, what is unverified) is shown to signed-in staff only.
/// </summary>
public static class SeedColumns
{
    public static readonly string[] Countries =
        ["iso3", "iso2", "name", "un_status", "wikidata", "signed_on", "deposited_on", "deposit_kind", "in_force_on",
         "withdrawal_announced_on", "withdrawal_notified_on", "withdrawal_effective_on", "withdrawal_revoked_on",
         "signature_withdrawn_on", "disputed", "source", "notes", "internal_notes"];
    public static readonly string[] StatuteReadings = ["iso3", "summary", .. StatuteReadingColumns.Dates, "source"];
    public static readonly string[] Declarations =
        ["iso3", "lodged_on", "covers_from", "covers_to", "situation_code", "source", "notes", "internal_notes"];
    public static readonly string[] Situations =
        ["code", "name", "number", "territory_iso3", "referral_kind", "referred_on", "referred_by", "resolution",
         "bound_iso3", "preliminary_examination_opened_on", "investigation_opened_on", "crimes_from", "source", "notes",
         "internal_notes"];
    public static readonly string[] Leaders =
        ["slug", "name", "short_name", "nationality_iso3", "wikidata", "source", "notes", "internal_notes"];
    public static readonly string[] Positions =
        ["leader_slug", "title", "country_iso3", "from", "to", "source", "notes", "internal_notes"];
    public static readonly string[] Warrants =
        ["id", "leader_slug", "situation_code", "offences", "case_number", "issued_on", "issued_not_before",
         "issued_no_later_than", "public_on", "source", "notes", "internal_notes"];
    public static readonly string[] WarrantEvents =
        ["warrant_id", "status", "ending", "on", "executed_by", "arrested_on", "source", "notes", "internal_notes"];
    public static readonly string[] Summits =
        ["slug", "name", "series", "host_iso3", "city", "start_date", "end_date", "source", "notes", "internal_notes"];
    public static readonly string[] Trips =
        ["id", "leader_slug", "host_iso3", "summit_slug", "start_date", "end_date", "status", "representative_slug",
         "confidence", "source_url", "source_outlet", "source_published_on", "source_quote", "notes", "internal_notes"];
    public static readonly string[] TripLegs =
        ["trip_id", "kind", "iso3", "start_date", "end_date", "source", "notes", "internal_notes"];
    public static readonly string[] Findings =
        ["id", "state_iso3", "leader_slug", "trip_id", "kind", "decided_on", "public_on", "chamber", "document",
         "referred_to", "on_immunity", "source", "notes", "internal_notes"];
    public static readonly string[] TripSources = ["trip_id", "url", "outlet", "published_on", "quote"];
}
