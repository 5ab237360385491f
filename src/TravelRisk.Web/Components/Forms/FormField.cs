using Microsoft.AspNetCore.Components;

namespace TravelRisk.Web.Components.Forms;

/// <summary>
/// A form's field: what TextInput, EnumSelect, DateInput and FormChoice share. Each renders its input with the
/// label, then <see cref="Notes"/>: the hint and the server's messages for the field (keyed by its API name,
/// <see cref="For"/>), all wired by id so the input is announced with its label, hint and errors. The field is its
/// input's component, not a component around it: a form holds one component per field, not two (decision 0017).
/// </summary>
public abstract class FormField : ComponentBase
{
    /// <summary>
    /// The field's API name, e.g. "startDate" or "sources[0].url"; the server's messages are keyed by it.
    /// </summary>
    [Parameter, EditorRequired] public string For { get; set; } = "";

    [Parameter, EditorRequired] public string Label { get; set; } = "";
    [Parameter] public string? Hint { get; set; }

    /// <summary>"wide" spans the form's grid.</summary>
    [Parameter] public string? Class { get; set; }

    [Parameter] public IReadOnlyDictionary<string, string[]>? Errors { get; set; }

    /// <summary>
    /// The id the field's input carries, derived from its API name ("sources[0].url" → "sources-0-url").
    /// </summary>
    public static string Id(string field) =>
        field.Replace("[", "-").Replace("].", "-").Replace("]", "").Replace(".", "-");

    protected string InputId => Id(For);
    protected string? HintId => Hint is null ? null : $"{InputId}-hint";
    protected string ErrorId => $"{InputId}-error";
    protected string[] Messages => Errors?.GetValueOrDefault(For) ?? [];

    /// <summary>The server named this field.</summary>
    protected bool Invalid => Messages.Length > 0;

    /// <summary>The wrapper's classes: the form's grid cell, and its width.</summary>
    protected string FieldClass => Class is null ? "form-field" : $"form-field {Class}";

    /// <summary>
    /// The input's aria-describedby: its hint, the server's messages, and <paramref name="own"/> (a message the
    /// input writes itself); null when there is none.
    /// </summary>
    protected string? DescribedBy(string? own = null)
    {
        var ids = string.Join(' ', new[] { HintId, Invalid ? ErrorId : null, own }.OfType<string>());
        return ids.Length == 0 ? null : ids;
    }

    /// <summary>The hint and the server's messages, under the input.</summary>
    protected RenderFragment Notes => builder =>
    {
        if (Hint is not null)
        {
            builder.OpenElement(0, "div");
            builder.AddAttribute(1, "class", "hint");
            builder.AddAttribute(2, "id", HintId);
            builder.AddContent(3, Hint);
            builder.CloseElement();
        }
        var messages = Messages;
        if (messages.Length == 0)
            return;
        builder.OpenElement(4, "div");
        builder.AddAttribute(5, "id", ErrorId);
        foreach (var message in messages)
        {
            builder.OpenElement(6, "div");
            builder.AddAttribute(7, "class", "field-error");
            builder.AddAttribute(8, "role", "alert");
            builder.AddAttribute(9, "data-error-for", For);
            builder.AddContent(10, message);
            builder.CloseElement();
        }
        builder.CloseElement();
    };
}
