namespace TravelRisk.Web.Services;

/// <summary>What a State's page reads, so its component tests can give it a State without a database.</summary>
public interface IStatePages
{
    /// <inheritdoc cref="StatePages.StateAsync"/>
    Task<StatePage?> StateAsync(string iso3, CancellationToken ct);
}
