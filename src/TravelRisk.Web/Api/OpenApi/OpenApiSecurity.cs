using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using TravelRisk.Web.Security;

namespace TravelRisk.Web.Api.OpenApi;

/// <summary>
/// The API key (<see cref="ApiKeyAuthentication"/>): writes under <see cref="ApiAuthorization.Writer"/> require it
/// and answer 401 without a valid one; reads marked <see cref="OptionalApiKey"/> take it to show more; every other
/// operation says <c>security: []</c>, so a reader (and Redocly's security-defined rule) sees it is public.
/// </summary>
public sealed class OpenApiSecurity : IOperationFilter
{
    public const string SchemeName = ApiKeyAuthentication.SchemeName;

    public static OpenApiSecurityScheme Scheme => new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = ApiKeyAuthentication.Header,
        Description = "A writer's API key, made with `dotnet run --project src/TravelRisk.Web -- apikey create " +
            "--name NAME`. A missing, unknown or revoked key is a 401.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.Metadata();
        var key =
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] };
        if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy == ApiAuthorization.Writer))
        {
            operation.Security = [key];
            operation.AddProblem(context, StatusCodes.Status401Unauthorized, "Unauthorized: X-Api-Key is missing, " +
                "unknown or revoked")
                .AddHeader("WWW-Authenticate", $"How to authenticate: {SchemeName} " +
                    $"header=\"{ApiKeyAuthentication.Header}\".");
        }
        else if (metadata.OfType<OptionalApiKey>().Any())
            operation.Security = [[], key]; // anonymous, or with a key
        else
            operation.Security = [];
    }
}

/// <summary>
/// Endpoint metadata: a public read that shows more to a caller with an API key (a bad key only means less, never 401).
/// </summary>
public sealed class OptionalApiKey
{
    public static readonly OptionalApiKey Instance = new();

    OptionalApiKey() { }
}
