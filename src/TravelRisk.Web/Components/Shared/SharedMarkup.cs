using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace TravelRisk.Web.Components.Shared;

/// <summary>
/// Renders a large, static part of a page (every State, the last hundred changes) to HTML once per version of its
/// data and gives every circuit the same string. Rendered inline, such a table is a few thousand render-tree frames
/// that each circuit keeps twice (the current tree and the one before it): about 300 KB per reader for /states. As
/// shared markup it is one frame per circuit. Blazor's own <see cref="HtmlRenderer"/> does the rendering, so the HTML
/// is encoded exactly as the interactive renderer would encode it; links in it are still handled by the router.
/// </summary>
public sealed class SharedMarkup(IServiceScopeFactory scopes, ILoggerFactory logs)
{
    // The latest version of each kind of markup (a component, and a variant such as what staff see): a new version
    // replaces the old, so nothing piles up.
    readonly Dictionary<(Type, string), (object Version, Task<MarkupString> Html)> latest = [];
    readonly Lock gate = new();

    /// <summary>
    /// <typeparamref name="TComponent"/>'s HTML, rendered with the parameters <paramref name="load"/> gives once per
    /// <paramref name="version"/> of <paramref name="variant"/>; the version must change whenever their content does.
    /// </summary>
    public Task<MarkupString> GetAsync<TComponent>(
        string variant, object version, Func<Task<IDictionary<string, object?>>> load)
        where TComponent : IComponent
    {
        lock (gate)
        {
            if (latest.TryGetValue((typeof(TComponent), variant), out var entry)
                && entry.Version.Equals(version)
                && !entry.Html.IsFaulted
                && !entry.Html.IsCanceled)
                return entry.Html;
            var html = RenderAsync<TComponent>(load);
            latest[(typeof(TComponent), variant)] = (version, html);
            return html;
        }
    }

    async Task<MarkupString> RenderAsync<TComponent>(Func<Task<IDictionary<string, object?>>> load)
        where TComponent : IComponent
        => await RenderAsync<TComponent>(await load());

    /// <summary>
    /// <typeparamref name="TComponent"/>'s HTML for one reader, not shared: for a part that differs between readers
    /// (a page of a filtered list) but would be a large render tree inline. Links in it still work; event handlers
    /// (@onclick) do not, as the HTML is not a live component.
    /// </summary>
    public async Task<MarkupString> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        // A scope of its own: the renderer asks for scoped services (the root provider refuses them in Development).
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, logs);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        return new MarkupString(html);
    }
}
