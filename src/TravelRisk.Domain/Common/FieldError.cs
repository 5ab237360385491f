namespace TravelRisk.Domain.Common;

/// <summary>A broken rule on one field of an entity, in words a user can act on.</summary>
/// <param name="Field">The field's name as the user sees it in the API (camelCase), e.g. "endDate".</param>
/// <param name="Message">What is wrong.</param>
public sealed record FieldError(string Field, string Message)
{
    /// <summary>The messages keyed by field, as problem details and the forms show them.</summary>
    public static Dictionary<string, string[]> ByField(IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
}
