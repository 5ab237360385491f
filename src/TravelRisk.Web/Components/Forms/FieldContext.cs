namespace TravelRisk.Web.Components.Forms;

/// <summary>
/// What a <see cref="FormField"/> tells its input: its id, label, hint id, and whether it has errors (and their id).
/// </summary>
public sealed record FieldContext(string Id, string Label, string? HintId, bool Invalid, string ErrorId);
