using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TravelRisk.Web.Api.OpenApi;

/// <summary>Every 201 of the API is <c>TypedResults.Created(url, …)</c>: it says where the new resource is.</summary>
public sealed class OpenApiCreatedLocation : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses?.TryGetValue("201", out var created) == true)
            created.AddHeader("Location", "The new resource's path.");
    }
}
