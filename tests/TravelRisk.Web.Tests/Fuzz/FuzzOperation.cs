using System.Text.Json.Nodes;

namespace TravelRisk.Web.Tests.Fuzz;

/// <summary>One operation of the OpenAPI document: method, path template, parameters and the body's schema.</summary>
public sealed record FuzzOperation(
    HttpMethod Method,
    string Path,
    IReadOnlyList<FuzzParameter> Parameters,
    JsonNode? BodySchema)
{
    public static List<FuzzOperation> All(JsonNode document)
    {
        var operations = new List<FuzzOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => new FuzzParameter(
                        p!["name"]!.GetValue<string>(),
                        p["in"]!.GetValue<string>(),
                        p["schema"]?["type"]?.GetValue<string>() ?? "string"))
                    .ToList();
                var body = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                operations.Add(new(new HttpMethod(method.ToUpperInvariant()), path, parameters, body));
            }
        }
        return operations;
    }
}

public sealed record FuzzParameter(string Name, string In, string Type);
