using Microsoft.OpenApi;

namespace TravelRisk.Web.Api.OpenApi;

/// <summary>
/// The OpenAPI document at /swagger/v1/swagger.json, committed as docs/openapi.json (CommittedOpenApiTests).
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddTravelRiskOpenApi(this IServiceCollection services) =>
        services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "TravelRisk API",
                Version = "v1",
                Description = "Where leaders wanted by the International Criminal Court travel, and what each host " +
                    "State must do. Every error is RFC 9457 application/problem+json. Request bodies are " +
                    "application/json (415 otherwise) of at most 4 MiB (413 above).",
                // The licence of the dataset the API serves (data/README.md).
                License = new OpenApiLicense
                {
                    Name = "CC BY 4.0 (the TravelRisk dataset)",
                    Url = new Uri("https://creativecommons.org/licenses/by/4.0/")
                },
            });
            // Relative, so the document is right on whichever host serves it (and the
            // committed copy has no test host in it).
            swagger.AddServer(new OpenApiServer { Url = "/", Description = "The host serving this document" });
            swagger.AddSecurityDefinition(OpenApiSecurity.SchemeName, OpenApiSecurity.Scheme);
            swagger.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "TravelRisk.Web.xml"));
            swagger.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "TravelRisk.Domain.xml"));
            swagger.SchemaFilter<OpenApiExamples>();
            swagger.ParameterFilter<OpenApiQueryParameters>();
            swagger.OperationFilter<OpenApiSecurity>();
            swagger.OperationFilter<OpenApiPipelineResponses>();
            swagger.OperationFilter<OpenApiConditionalGets>();
            swagger.OperationFilter<OpenApiTripRevision>();
            swagger.OperationFilter<OpenApiCreatedLocation>();
            swagger.OperationFilter<OpenApiResponseOrder>();
            swagger.DocumentFilter<OpenApiTags>();
        });
}
