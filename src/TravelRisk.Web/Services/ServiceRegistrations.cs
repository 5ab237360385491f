using TravelRisk.Web.Services.Export;

namespace TravelRisk.Web.Services;

/// <summary>The application's use cases and read models, registered where they live.</summary>
public static class ServiceRegistrations
{
    /// <summary>
    /// Singletons hold no per-user state (they open a DbContext per call from the factory); the scoped ones serve one
    /// circuit's pages.
    /// </summary>
    public static IServiceCollection AddTravelRiskServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<RiskFactsCache>();
        services.AddHostedService<FactsWarmUp>();
        services.AddSingleton<RiskAssessments>();
        services.AddSingleton<TripRiskCache>();
        services.AddSingleton<DataVersion>();
        services.AddSingleton<Checker>();
        services.AddSingleton<TripQueries>();
        services.AddSingleton<TripRecords>();
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton<CatalogQueries>();
        services.AddSingleton<TripWriter>();
        services.AddSingleton<TripForms>();
        services.AddSingleton<SummitWriter>();
        services.AddSingleton<FtmExport>();

        services.AddScoped<ITripBrowser, TripBrowser>();
        services.AddScoped<TimelineService>();
        services.AddScoped<LeaderPages>();
        services.AddScoped<IStatePages, StatePages>();
        services.AddScoped<CourtFindings>();
        return services;
    }
}
