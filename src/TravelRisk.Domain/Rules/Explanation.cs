namespace TravelRisk.Domain.Rules;

/// <summary>A decision in words: a paragraph a journalist could quote, and what it rests on.</summary>
/// <param name="Text">One paragraph.</param>
/// <param name="LegalBasis">The provisions and decisions relied on.</param>
/// <param name="Contested">True when the conclusion rests on a point that States or scholars dispute, or on disputed data.</param>
public sealed record Explanation(string Text, IReadOnlyList<string> LegalBasis, bool Contested);
