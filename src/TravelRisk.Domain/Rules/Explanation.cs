namespace TravelRisk.Domain.Rules;

/// <summary>A decision in words: a paragraph a journalist could quote, and what it rests on.</summary>
/// <param name="Text">One paragraph.</param>
/// <param name="LegalBasis">The provisions and decisions relied on.</param>
/// <param name="Contested">
/// True when the conclusion rests on a point that States or scholars dispute, or on disputed data.
/// </param>
public sealed record Explanation(string Text, IReadOnlyList<string> LegalBasis, bool Contested)
{
    /// <summary>
    /// The answer sentence of <see cref="Text"/> (the verdict, quotable alone); empty when none was written.
    /// </summary>
    public string Answer { get; init; } = "";

    /// <summary>
    /// The sentences of <see cref="Text"/> that could change or qualify the answer: a sealed warrant, an announced
    /// withdrawal, a disputed treaty record, an immunity question and the contrary view. Only those that bear on it.
    /// </summary>
    public IReadOnlyList<string> Caveats { get; init; } = [];
}
