using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TravelRisk.Web.Api.OpenApi;

/// <summary>Building blocks the operation filters share: a problem+json response and a plain string header.</summary>
public static class OpenApiResponses
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>
    /// Adds a problem+json response unless the endpoint already declares that status (its own declaration, e.g. a
    /// validation problem's schema, is the more precise one).
    /// </summary>
    public static OpenApiResponse? AddProblem(
        this OpenApiOperation operation,
        OperationFilterContext context,
        int status,
        string description)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.ContainsKey(key))
            return operation.Responses[key] as OpenApiResponse;
        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                [ProblemJson] = new OpenApiMediaType
                {
                    Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository)
                },
            },
        };
        operation.Responses[key] = response;
        return response;
    }

    /// <summary>
    /// Adds a response header (a string unless said) to a response, keeping one the endpoint declared.
    /// </summary>
    public static void AddHeader(
        this IOpenApiResponse? response,
        string name,
        string description,
        JsonSchemaType type = JsonSchemaType.String)
    {
        if (response is not OpenApiResponse concrete)
            return;
        concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
        concrete.Headers.TryAdd(
            name,
            new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type } });
    }

    /// <summary>Adds a header parameter (a string), required or not.</summary>
    public static void AddHeaderParameter(
        this OpenApiOperation operation,
        string name,
        string description,
        bool required)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p =>
            p.In == ParameterLocation.Header && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            return;
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = required,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    /// <summary>
    /// The endpoint's metadata, where the conventions (authorization, rate limiting, accepted body) live.
    /// </summary>
    public static IList<object> Metadata(this OperationFilterContext context) =>
        context.ApiDescription.ActionDescriptor.EndpointMetadata;
}
