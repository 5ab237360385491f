using Microsoft.AspNetCore.Components;

namespace TravelRisk.Web.Components.Shared;

/// <summary>
/// A page whose reads stop when the reader leaves: the page is disposed when they navigate away or their circuit
/// ends, and <see cref="Leaving"/> is cancelled then, so a slow query does not go on for nobody (Blazor ignores the
/// cancelled render). Writes are given <see cref="SaveEvenIfLeft"/> instead: a save the analyst started finishes or
/// rolls back as one transaction, and the cache is cleared after it, even if they have moved on.
/// </summary>
public abstract class PageComponent : ComponentBase, IDisposable
{
    // Never disposed: a late continuation may still read the token, and a source without a timer holds nothing.
    readonly CancellationTokenSource _leaving = new();

    protected PageComponent() => Leaving = _leaving.Token;

    /// <summary>Cancelled when the page is disposed.</summary>
    protected CancellationToken Leaving { get; }

    /// <summary>For writes: never cancelled (see the class summary).</summary>
    protected static CancellationToken SaveEvenIfLeft => CancellationToken.None;

    public virtual void Dispose()
    {
        _leaving.Cancel();
        GC.SuppressFinalize(this);
    }
}
