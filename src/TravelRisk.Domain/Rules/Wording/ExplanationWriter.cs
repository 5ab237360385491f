namespace TravelRisk.Domain.Rules.Wording;

/// <summary>
/// Collects an explanation sentence by sentence, each with the provisions and decisions it relies on, so the
/// citations list exactly what the text uses.
/// </summary>
sealed partial class ExplanationWriter
{
    readonly List<string> _sentences = [];
    readonly List<string> _basis = [];
    readonly List<string> _caveats = [];
    string _answer = "";

    public bool Contested { get; private set; }

    public ExplanationWriter Say(string sentence, params string[] basis)
    {
        _sentences.Add(sentence.Trim());
        foreach (var item in basis)
        {
            // The same decision may come from the rules' own citations and from data/findings.csv: cite it once.
            if (!_basis.Contains(item) && (Document(item) is not { } number || !_basis.Any(b => Document(b) == number)))
                _basis.Add(item);
        }
        return this;
    }

    /// <summary>The ICC document number in a citation ("ICC-02/05-01/09-397"), if any.</summary>
    static string? Document(string citation) =>
        DocumentNumber().Match(citation) is { Success: true } m ? m.Value : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"ICC-\d\d/\d\d(-\d\d/\d\d)?-\d+")]
    private static partial System.Text.RegularExpressions.Regex DocumentNumber();

    /// <summary>How many sentences are written so far: where a part of the explanation starts.</summary>
    public int Count => _sentences.Count;

    /// <summary>The sentence at <paramref name="index"/> is the answer; those after it up to now qualify it.</summary>
    public void MarkAnswer(int index)
    {
        if (index >= _sentences.Count)
            return;
        _answer = _sentences[index];
        MarkCaveats(index + 1);
    }

    /// <summary>The sentences from <paramref name="index"/> to now are caveats on the answer.</summary>
    public void MarkCaveats(int index) => _caveats.AddRange(_sentences.Skip(index).Where(s => !_caveats.Contains(s)));

    /// <summary>Marks the answer as resting on a disputed point of law or of fact.</summary>
    public ExplanationWriter MarkContested()
    {
        Contested = true;
        return this;
    }

    public Explanation ToExplanation() =>
        new(string.Join(" ", _sentences), _basis, Contested) { Answer = _answer, Caveats = _caveats };
}
