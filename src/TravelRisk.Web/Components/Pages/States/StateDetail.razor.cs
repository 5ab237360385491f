using System.Globalization;
using Microsoft.AspNetCore.Components;
using TravelRisk.Domain.Countries;
using TravelRisk.Web.Components.Shared;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Components.Pages.States;

/// <summary>A State's page: its Rome Statute timeline, declarations, findings and visits.</summary>
public partial class StateDetail
{
    [Parameter] public string Iso3 { get; set; } = "";

    StatePage? view;

    protected override async Task OnParametersSetAsync()
    {
        view = await Pages.StateAsync(Iso3.ToUpperInvariant(), Leaving);
        if (view is null)
            NotFoundStatus.Set(Navigation);
    }

    double X(DateOnly day)
    {
        var first = StatuteDates.Adopted.DayNumber;
        var last = view!.Strip[^1].To.DayNumber;
        return Math.Round(1000.0 * (day.DayNumber - first) / Math.Max(1, last - first), 1);
    }

    string StripLabel() => string.Join("; ",
        view!.Strip.Select(s => $"{StatusText(s.Status)} from {s.From:yyyy-MM-dd} to {s.To:yyyy-MM-dd}"));

    static string SegmentTitle(StripSegment s) => $"{StatusText(s.Status)}: {s.From:yyyy-MM-dd} – {s.To:yyyy-MM-dd}";

    // Where a declaration's period ends, and the situation it is for when known.
    static string Until(Article12_3Declaration d) =>
        (d.CoversTo is null ? "open-ended" : Day(d.CoversTo)) + (d.SituationCode is { } s ? $" (situation: {s})" : "");

    static string Day(DateOnly? day) => day?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "—";

    static string StatusText(StatuteStatus status) => status switch
    {
        StatuteStatus.Party => "State Party",
        StatuteStatus.PartyWithdrawing => "State Party, withdrawal pending",
        StatuteStatus.PartyNotYetInForce => "Instrument deposited, not yet in force",
        StatuteStatus.Withdrawn => "Withdrawn",
        StatuteStatus.Signatory => "Signatory, not ratified",
        _ => "Not a party, not a signatory",
    };
}
