using TravelRisk.Domain.Cases;
using TravelRisk.Domain.Rules;

namespace TravelRisk.Web.Api.Contracts;

/// <summary>An arrest warrant as a client sees it; <c>status</c> is as of the day asked about.</summary>
public sealed record WarrantResponse(string Id, string Situation, string SituationName, string? CaseNumber, DateOnly? IssuedOn, DateOnly? PublicOn, WarrantStatus? Status, string Source)
{
    public static WarrantResponse For(WarrantCase warrant, DateOnly day) => new(
        warrant.Warrant.Code, warrant.Situation.Code, warrant.Situation.Name, warrant.Warrant.CaseNumber,
        warrant.Warrant.IssuedOn, warrant.Warrant.PublicOn, warrant.Warrant.StatusOn(day), warrant.Warrant.Source);
}
