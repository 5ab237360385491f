using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TravelRisk.Domain.Common;
using TravelRisk.Domain.Travel;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Services;

/// <summary>
/// Records new summits. The slug is made from the series and year ("brics-2027"), made unique with a suffix.
/// Nothing is written when any field is invalid; the slug check and the insert are one <see cref="UnitOfWork"/>.
/// </summary>
public sealed class SummitWriter(
    UnitOfWork unit,
    RiskFactsCache facts,
    Microsoft.AspNetCore.OutputCaching.IOutputCacheStore outputCache)
{
    public async Task<(Summit? Summit, IReadOnlyList<FieldError> Errors)> CreateAsync(
        SummitRequest request,
        CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var countries = (await facts.GetAsync(ct)).Countries;
        var summit = new Summit
        {
            Slug = "",
            Name = InputRules.Required(request.Name, "name", 200, "Name the meeting, e.g. 17th BRICS summit.", errors),
            Series = InputRules.Required(request.Series, "series", 40, "Give the series, e.g. BRICS, G20, SCO, or " +
                "Other.", errors),
            HostIso3 = request.Host?.Trim().ToUpperInvariant() ?? "",
            City = InputRules.Text(request.City, "city", 100, errors),
            StartDate = InputRules.Date(request.StartDate, "startDate", errors),
            EndDate = InputRules.Date(request.EndDate, "endDate", errors),
            Source = InputRules.Url(request.Source, "source", 500, errors, required: true) ?? "",
            Notes = InputRules.Text(request.Notes, "notes", 4000, errors, multiLine: true),
        };
        if (!countries.ContainsKey(summit.HostIso3))
            errors.Add(
                new(
                    "host",
                    string.IsNullOrEmpty(summit.HostIso3)
                        ? "Choose the host State."
                        : $"'{request.Host}' is not a known State's ISO alpha-3 code."));
        if (summit.EndDate < summit.StartDate)
            errors.Add(new("endDate", "The last day is before the first."));
        if (errors.Count > 0)
            return (null, errors);

        var stem = Slug(summit.Series) + "-"
            + (summit.StartDate is { } d ? d.Year.ToString(CultureInfo.InvariantCulture) : Slug(summit.Name));
        stem = stem.Length > 90 ? stem[..90] : stem;
        summit = await unit.WriteAsync(async db =>
        {
            var row = Copy(summit);
            await UnitOfWork.LockAsync(db, $"summit-slug:{stem}", ct);
            var taken =
                (await db.Summits.Where(s => s.Slug.StartsWith(stem)).Select(s => s.Slug).ToListAsync(ct)).ToHashSet();
            row.Slug = stem;
            for (var n = 2; taken.Contains(row.Slug); n++)
                row.Slug = $"{stem}-{n}";
            db.Summits.Add(row);
            await db.SaveChangesAsync(ct);
            return row;
        }, _ => true, ct);
        await outputCache.EvictByTagAsync(CacheTags.Trips, ct); // GET /api/v1/summits is cached under the same tag
        return (summit, []);
    }

    // A fresh row per attempt: a retried unit of work must not reuse an entity a failed context has tracked.
    static Summit Copy(Summit s) => new()
    {
        Slug = s.Slug,
        Name = s.Name,
        Series = s.Series,
        HostIso3 = s.HostIso3,
        City = s.City,
        StartDate = s.StartDate,
        EndDate = s.EndDate,
        Source = s.Source,
        Notes = s.Notes,
    };

    /// <summary>
    /// Lower-case ASCII letters and digits joined by hyphens ("Çavuşoğlu G20" → "cavusoglu-g20").
    /// </summary>
    static string Slug(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
                plain.Append(char.ToLowerInvariant(c));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark
                && plain.Length > 0
                && plain[^1] != '-')
                plain.Append('-');
        }
        return plain.ToString().Trim('-') is { Length: > 0 } slug ? slug : "summit";
    }
}
