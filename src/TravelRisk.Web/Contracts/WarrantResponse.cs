using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Rules;

namespace TravelRisk.Web.Contracts;

/// <summary>
/// An arrest warrant as a client sees it; <c>status</c> is as of the day asked about. A warrant issued under seal on
/// a day not made public has no <c>issuedOn</c>, only the bounds <c>issuedNotBefore</c> and <c>issuedNoLaterThan</c>.
/// </summary>
public sealed record WarrantResponse(
    string Id, string Situation, string SituationName, string? CaseNumber, WarrantOffences Offences,
    DateOnly? IssuedOn,
    DateOnly? IssuedNotBefore,
    DateOnly? IssuedNoLaterThan,
    DateOnly? PublicOn,
    WarrantStatus? Status,
    string Source)
{
    public static WarrantResponse For(WarrantCase warrant, DateOnly day)
    {
        var w = warrant.Warrant;
        return new(
            Id: w.Code,
            Situation: warrant.Situation.Code,
            SituationName: warrant.Situation.Name,
            CaseNumber: w.CaseNumber,
            Offences: w.Offences,
            IssuedOn: w.IssuedOn,
            IssuedNotBefore: w.IssuedNotBefore,
            IssuedNoLaterThan: w.IssuedNoLaterThan,
            PublicOn: w.PublicOn,
            Status: w.StatusOn(day),
            Source: w.Source);
    }
}
