using TravelRisk.Domain.Cases;

namespace TravelRisk.Domain.Rules;

/// <summary>A warrant together with the situation it was issued in: what the rules need to know about it.</summary>
/// <param name="Warrant">The arrest warrant.</param>
/// <param name="Situation">Its situation (referral, investigation date, Security Council resolution).</param>
public readonly record struct WarrantCase(Warrant Warrant, Situation Situation);
