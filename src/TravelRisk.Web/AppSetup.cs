using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MudBlazor.Services;
using TravelRisk.Web.Api;
using TravelRisk.Web.Api.OpenApi;
using TravelRisk.Web.Components;
using TravelRisk.Web.Data;
using TravelRisk.Web.Security;
using TravelRisk.Web.Services;

namespace TravelRisk.Web;

/// <summary>Every registration and every endpoint of the app, so Program.cs stays a few lines.</summary>
public static class AppSetup
{
    public static WebApplicationBuilder AddTravelRisk(this WebApplicationBuilder builder)
    {
        builder.AddTravelRiskDatabase(); // with the migrating hosted service, which must start first
        builder.Services.AddTravelRiskServices();
        builder.Services.AddSingleton<RiskJson>();
        builder.Services.AddSingleton<TripListJson>();
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddSingleton<Components.Shared.SharedMarkup>();
        builder.Services.AddAccounts();
        builder.Services.AddApiAuthorization();
        builder.Services.AddApiRateLimits(builder.Configuration);
        builder.Services.AddApiOutputCache();
        builder.Services.AddProxyAndHeaders(builder.Configuration);

        builder.Services.AddHealthChecks().AddDbContextCheck<TravelRiskDb>("database");
        // before the default writer: /api is always problem+json
        builder.Services.AddSingleton<IProblemDetailsWriter, ApiProblemWriter>();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            // The strict converter reads and writes every enum; JsonStringEnumConverter stays listed so Swashbuckle
            // documents enums by name.
            json.SerializerOptions.Converters.Add(new StrictEnumConverter());
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddTravelRiskOpenApi();

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        return builder;
    }

    public static WebApplication MapTravelRisk(this WebApplication app)
    {
        app.UseProxyAndHeaders();
        // /api errors become problem+json (ApiExceptionHandler, in the branch below);
        // page errors go to the /Error page.
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Inside the page's status-code handler: a bodiless /api error (404 of an unknown route,
        // 405) gets a problem body first.
        app.UseWhen(
            ApiProblemWriter.IsApi,
            api => api.UseStatusCodePages().UseMiddleware<ApiExceptionHandler>().UseMiddleware<ApiRequestLimits>());
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<ConditionalGetMiddleware>();
        app.UseOutputCache();
        app.UseAntiforgery();

        // REST clients are users too: the document and the UI are served in every environment.
        app.UseSwagger();
        app.UseSwaggerUI(ui => ui.DocumentTitle = "TravelRisk API");

        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes = { [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
        });
        app.MapAccountEndpoints();
        app.MapRiskEndpoints();
        app.MapPeopleEndpoints();
        app.MapStateEndpoints();
        app.MapTripEndpoints();
        app.MapCatalogEndpoints();
        app.MapExportEndpoints();
        app.MapFeedEndpoints();
        app.MapLoadTestEndpoints(app.Configuration);

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
