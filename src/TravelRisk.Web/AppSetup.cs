using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Radzen;
using TravelRisk.Web.Components;
using TravelRisk.Web.Data;
using TravelRisk.Web.Services;

namespace TravelRisk.Web;

/// <summary>Every registration and every endpoint of the app, so Program.cs stays a few lines.</summary>
public static class AppSetup
{
    public static WebApplicationBuilder AddTravelRisk(this WebApplicationBuilder builder)
    {
        builder.AddTravelRiskDatabase();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer>());
        builder.Services.AddSingleton<DatabaseInitializer>();
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddHealthChecks().AddDbContextCheck<TravelRiskDb>("database");
        builder.Services.AddProblemDetails();

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddRadzenComponents();
        builder.Services.AddScoped<TripBrowser>();
        return builder;
    }

    public static WebApplication MapTravelRisk(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();

        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes = { [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
        });

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
