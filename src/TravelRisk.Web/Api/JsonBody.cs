using System.Text.Json;

namespace TravelRisk.Web.Api;

/// <summary>
/// Reads a JSON request body so that a value of the wrong type is reported against its field ("status",
/// "legs[0].kind") in a 400 problem, rather than as a bare binding failure.
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Value, IDictionary<string, string[]>? Errors)> ReadAsync<T>(
        HttpRequest request,
        JsonSerializerOptions options) where T : class
    {
        if (!request.HasJsonContentType())
            return (null, new Dictionary<string, string[]>
            {
                ["body"] = ["Send a JSON body with Content-Type: application/json."]
            });
        try
        {
            var value = await request.ReadFromJsonAsync<T>(options, request.HttpContext.RequestAborted);
            return value is null
                ? (null, new Dictionary<string, string[]> { ["body"] = ["The body is empty or null."] })
                : (value, null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return (
                null,
                new Dictionary<string, string[]> { [field] = [$"The value is not valid here ({Reason(e)})."] });
        }
    }

    static string Reason(JsonException e) => e.InnerException?.Message ?? e.Message.Split(" Path:", 2)[0];
}
