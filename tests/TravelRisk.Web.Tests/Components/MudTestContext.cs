using Bunit;
using MudBlazor;
using MudBlazor.Services;

namespace TravelRisk.Web.Tests.Components;

/// <summary>
/// A bUnit context with MudBlazor's services, JS interop in loose mode (MudBlazor calls its own scripts), and the
/// popover and dialog providers a layout would render, so drop-downs, pagers and message boxes can open.
/// </summary>
public abstract class MudTestContext : BunitContext
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        // Providers are rendered only by the tests that open popovers or dialogs (RenderProviders).
        Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
    }

    // xUnit 2 disposes test classes synchronously; MudBlazor's services can only be disposed asynchronously.
    protected override void Dispose(bool disposing)
    {
        if (disposing)
            DisposeAsync().AsTask().GetAwaiter().GetResult();
        else
            base.Dispose(disposing);
    }

    /// <summary>Renders the providers; returns the dialog provider, where message boxes appear.</summary>
    protected IRenderedComponent<MudDialogProvider> RenderProviders()
    {
        Render<MudPopoverProvider>();
        return Render<MudDialogProvider>();
    }
}
