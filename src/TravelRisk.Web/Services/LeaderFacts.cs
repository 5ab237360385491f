using TravelRisk.Domain.People;
using TravelRisk.Domain.Rules;

namespace TravelRisk.Web.Services;

/// <summary>A person with the warrants (and their situations) the rules need, ready for many assessments.</summary>
public sealed record LeaderFacts(Leader Leader, WarrantCase[] Warrants, string SearchKey);
