using TravelRisk.Domain.Countries;

namespace TravelRisk.Web.Data.Seeding;

/// <summary>
/// Reads a row of statute_readings.csv onto the recorded timeline: an empty cell keeps the recorded value, "none"
/// removes it, a value replaces it. A changed deposit moves entry into force by Art. 126(2) unless given.
/// </summary>
static class StatuteReadingColumns
{
    public static readonly string[] Dates =
        [
            "signed_on", "deposited_on", "deposit_kind", "in_force_on", "withdrawal_notified_on",
            "withdrawal_effective_on", "withdrawal_revoked_on", "signature_withdrawn_on"];

    public static StatuteTimeline Apply(CsvRow row, StatuteTimeline recorded)
    {
        var deposited = Date(row, "deposited_on", recorded.DepositedOn);
        var inForce = row.Text("in_force_on") is null && deposited != recorded.DepositedOn
            ? deposited is { } d ? StatuteTimeline.EntryIntoForceFor(d) : null
            : Date(row, "in_force_on", recorded.InForceOn);
        var reading = recorded with
        {
            SignedOn = Date(row, "signed_on", recorded.SignedOn),
            DepositedOn = deposited,
            DepositKind = row.Text("deposit_kind") switch
            {
                null => recorded.DepositKind,
                "none" => null,
                _ => row.RequiredEnum<DepositKind>("deposit_kind"),
            },
            InForceOn = inForce,
            WithdrawalNotifiedOn = Date(row, "withdrawal_notified_on", recorded.WithdrawalNotifiedOn),
            WithdrawalEffectiveOn = Date(row, "withdrawal_effective_on", recorded.WithdrawalEffectiveOn),
            WithdrawalRevokedOn = Date(row, "withdrawal_revoked_on", recorded.WithdrawalRevokedOn),
            SignatureWithdrawnOn = Date(row, "signature_withdrawn_on", recorded.SignatureWithdrawnOn),
        };
        return reading == recorded
            ? throw row.Error("summary", "this reading changes nothing in the recorded timeline")
            : reading;
    }

    static DateOnly? Date(CsvRow row, string column, DateOnly? recorded) => row.Text(column) switch
    {
        null => recorded,
        "none" => null,
        _ => row.Date(column),
    };
}
