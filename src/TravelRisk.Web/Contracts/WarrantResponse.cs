using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Rules;

namespace TravelRisk.Web.Contracts;

/// <summary>
/// An arrest warrant as a client sees it; <c>status</c> is as of the day asked about. A warrant issued under seal on
/// a day not made public has no <c>issuedOn</c>, only the bounds <c>issuedNotBefore</c> and <c>issuedNoLaterThan</c>.
/// </summary>
public sealed record WarrantResponse(
    string Id, string Situation, string SituationName, string? CaseNumber, WarrantOffences Offences,
    DateOnly? IssuedOn, DateOnly? IssuedNotBefore, DateOnly? IssuedNoLaterThan, DateOnly? PublicOn, WarrantStatus? Status, string Source)
{
    public static WarrantResponse For(WarrantCase warrant, DateOnly day)
    {
        var w = warrant.Warrant;
        return new(w.Code, warrant.Situation.Code, warrant.Situation.Name, w.CaseNumber, w.Offences,
            w.IssuedOn, w.IssuedNotBefore, w.IssuedNoLaterThan, w.PublicOn, w.StatusOn(day), w.Source);
    }
}
