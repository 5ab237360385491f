using TravelRisk.Domain.Countries;
using TravelRisk.Domain.Rules;

namespace TravelRisk.Web.Contracts;

/// <summary>One State on the risk map: what it must do if the person comes on that day.</summary>
public sealed record MapEntryResponse(string Iso3, string Name, Obligation Obligation, StatuteStatus Status);
