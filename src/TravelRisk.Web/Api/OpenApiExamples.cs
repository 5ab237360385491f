using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using TravelRisk.Web.Contracts;

namespace TravelRisk.Web.Api;

/// <summary>
/// Example bodies for the write requests in the OpenAPI document, so Swagger UI's "Try it out" starts from a
/// valid trip.
/// </summary>
public sealed class OpenApiExamples : ISchemaFilter
{
    static readonly Dictionary<Type, string> Examples = new()
    {
        [typeof(TripRequest)] = """
            {"leader":"vladimir-putin","host":"KAZ","summit":null,"startDate":"2026-12-01","endDate":"2026-12-02",
             "status":"Planned","representative":null,"confidence":"Medium","notes":"Expected at the summit.",
             "legs":[{"kind":"Transit","country":"UZB","startDate":"2026-12-01","endDate":null,"source":null,
                      "notes":null}],
             "sources":[{"url":"https://example.org/report","outlet":"Example News","publishedOn":"2026-11-20",
                         "quote":"He is expected to attend."}]}
            """,
        [typeof(CancellationRequest)] = """
            {"reason":"The Kremlin said he would not travel.",
             "source":{"url":"https://example.org/cancelled","outlet":"Example News","publishedOn":"2026-11-28",
                       "quote":"He will not attend."},
             "representative":"sergey-lavrov","virtual":false}
            """,
        [typeof(SourceRequest)] = """
            {"url":"https://example.org/second-report","outlet":"Second Outlet","publishedOn":"2026-11-21",
             "quote":"Confirmed by two officials."}
            """,
        [typeof(SummitRequest)] = """
            {"name":"18th BRICS summit","series":"BRICS","host":"IND","city":"New Delhi","startDate":null,
             "endDate":null,"source":"https://example.org/brics-2026","notes":"Dates not yet announced."}
            """,
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type, out var json))
            concrete.Examples = [JsonNode.Parse(json)!];
    }
}
