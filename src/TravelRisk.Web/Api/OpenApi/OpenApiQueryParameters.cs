using System.Globalization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TravelRisk.Web.Api.OpenApi;

/// <summary>
/// Describes each parameter marked <see cref="OpenApiQueryAttribute"/> by the type its endpoint parses it as.
/// </summary>
public sealed class OpenApiQueryParameters : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is not OpenApiParameter concrete || Find(context) is not { } described)
            return;

        var schema = context.SchemaGenerator.GenerateSchema(described.Type, context.SchemaRepository);
        if (schema is OpenApiSchema inline) // not an enum's reference, which must stay as it is
        {
            if (described.Minimum != int.MinValue)
                inline.Minimum = described.Minimum.ToString(CultureInfo.InvariantCulture);
            if (described.Maximum != int.MaxValue)
                inline.Maximum = described.Maximum.ToString(CultureInfo.InvariantCulture);
            if (described.MaxLength > 0)
                inline.MaxLength = described.MaxLength;
            if (described.Values is { } values)
                inline.Enum = [.. values.Select(v => (System.Text.Json.Nodes.JsonNode)v)];
        }
        concrete.Schema = schema;
        concrete.Required = described.Required;
    }

    /// <summary>
    /// On a handler's parameter, or on a property of an [AsParameters] type, which minimal APIs hand over as a
    /// ParameterInfo that answers with the property's attributes (hence no inherited lookup, which would ask the
    /// member).
    /// </summary>
    static OpenApiQueryAttribute? Find(ParameterFilterContext context) =>
        context.ParameterInfo?.GetCustomAttributes(typeof(OpenApiQueryAttribute), inherit: false)
            .OfType<OpenApiQueryAttribute>()
            .FirstOrDefault()
        ?? context.PropertyInfo?.GetCustomAttributes(typeof(OpenApiQueryAttribute), inherit: false)
            .OfType<OpenApiQueryAttribute>()
            .FirstOrDefault();
}
