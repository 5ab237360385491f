using System.Globalization;
using System.Text;

namespace TravelRisk.Web.Services;

/// <summary>
/// Name matching that ignores case and accents, so "Erdogan" finds "Erdoğan" and "gbagbo" finds "Gbagbo".
/// </summary>
public static class PersonSearch
{
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            // Letters with no decomposition that readers type without their mark.
            folded.Append(c switch
            {
                'ı' => 'i',
                'ł' => 'l',
                'Ł' => 'l',
                'ø' => 'o',
                'Ø' => 'o',
                'đ' => 'd',
                'Đ' => 'd',
                _ => char.ToLowerInvariant(c)
            });
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    public static IEnumerable<LeaderFacts> Find(RiskFacts facts, string? search)
    {
        var query = string.IsNullOrWhiteSpace(search) ? "" : Normalize(search.Trim());
        return facts.Leaders.Values
            .Where(l =>
                query.Length == 0
                    || l.SearchKey.Contains(query, StringComparison.Ordinal)
                    || l.Leader.Slug.Contains(query, StringComparison.Ordinal))
            .OrderBy(l => l.Leader.Name, StringComparer.Ordinal);
    }
}
