namespace TravelRisk.Domain.Rules.Wording;

/// <summary>
/// Collects an explanation sentence by sentence, each with the provisions and decisions it relies on, so the
/// citations list exactly what the text uses.
/// </summary>
sealed class ExplanationWriter
{
    readonly List<string> _sentences = [];
    readonly List<string> _basis = [];

    public bool Contested { get; private set; }

    public ExplanationWriter Say(string sentence, params string[] basis)
    {
        _sentences.Add(sentence.Trim());
        foreach (var item in basis)
        {
            if (!_basis.Contains(item))
                _basis.Add(item);
        }
        return this;
    }

    /// <summary>Marks the answer as resting on a disputed point of law or of fact.</summary>
    public ExplanationWriter MarkContested()
    {
        Contested = true;
        return this;
    }

    public Explanation ToExplanation() => new(string.Join(" ", _sentences), _basis, Contested);
}
