using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace TravelRisk.Web.Tests.Fuzz;

/// <summary>Draws hostile parameter values, headers and bodies from one seeded <see cref="Random"/>.</summary>
public sealed class HostileValues(Random random, JsonNode document)
{
    static readonly string[] Strings =
    [
        "", " ", "\0", "\u0000\u0000", "\u001b[31m", "\r\nX-Injected: 1", "%00", "%", "%zz", "..", "../../etc/passwd",
        "/", "\\",
        "'; DROP TABLE Trips;--", "\" OR 1=1 --", "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}",
        "=cmd|' /C calc'!A0",
        "🛬", "\u202Eevil", "נתניהו", "習近平", "e\u0301", "\ud800", "\uFFFF", new string('a', 5000),
        new string('é', 3000),
        "null", "true", "false", "[]", "{}", "NaN", "Infinity", "-0", "0", "-1", "1", "2147483647", "2147483648",
        "-2147483649",
        "99999999999999999999999", "1e308", "0x10", "1.5", "0001-01-01", "9999-12-31", "1899-12-31", "1900-01-01",
        "2100-12-31",
        "2101-01-01", "2026-02-30", "2026-13-01", "2026-1-1", "12/01/2026", "2026-11-24T00:00:00Z", "today",
        "vladimir-putin", "VLADIMIR-PUTIN", "nobody-at-all", "ZAF", "zaf", "XXX", "ZA", "ZAFF", "Planned", "planned",
        "Maybe",
        "ArrestRequired", "Corroborated", "brics-2023",
    ];

    static readonly string[] IfMatches =
    [
        "*", "\"\"", "garbage", "\"trip-1-r1-d1\"", "\"trip-1-r99999999999999-d1\"", "\"trip-1-r-1-d1\"",
        "W/\"trip-1-r1-d1\"",
        "\"trip-5-r2-d1\"", "\"trip-1-r1-d1\", \"trip-1-r2-d1\"", new string('"', 300), "\"trip-99999999999-r1-d1\"",
    ];

    static readonly string[] Accepts =
    [
        "text/html",
        "application/xml",
        "*/*",
        "text/html;q=0.9, application/json;q=0.1",
        "image/png",
        "application/json"
    ];

    T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    bool Chance(double p) => random.NextDouble() < p;

    public HttpRequestMessage Request(FuzzOperation operation, string key)
    {
        var path = operation.Path;
        var query = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            var value = Value(parameter);
            // A NUL in the path never reaches the app: Kestrel refuses it with 400, the test host throws.
            if (parameter.In == "path")
                path = path.Replace(
                    "{" + parameter.Name + "}",
                    Uri.EscapeDataString(
                        value.Replace("\0", "", StringComparison.Ordinal) is { Length: > 0 } segment ? segment : "x"),
                    StringComparison.Ordinal);
            else if (Chance(0.7))
                query.Add($"{Uri.EscapeDataString(parameter.Name)}={Uri.EscapeDataString(value)}");
        }
        if (Chance(0.05))
            query.Add($"{Uri.EscapeDataString(Pick(Strings))}={Uri.EscapeDataString(Pick(Strings))}");

        var request = new HttpRequestMessage(
            operation.Method,
            query.Count == 0 ? path : $"{path}?{string.Join('&', query)}");
        if (Chance(0.85))
            request.Headers.TryAddWithoutValidation("X-Api-Key", Chance(0.9) ? key : Pick(Strings));
        if (Chance(0.3))
            request.Headers.TryAddWithoutValidation("Accept", Pick(Accepts));
        if (Chance(0.3))
            request.Headers.TryAddWithoutValidation("If-Match", Pick(IfMatches));
        if (Chance(0.1))
            request.Headers.TryAddWithoutValidation("If-None-Match", Pick(IfMatches));
        if (operation.BodySchema is not null)
            request.Content = Body(operation.BodySchema);
        return request;
    }

    string Value(FuzzParameter parameter)
    {
        if (parameter.Type == "integer" && Chance(0.6))
            return Pick(["1", "2", "3", "50", "0", "-1", "999999", "2147483647"]);
        return Pick(Strings);
    }

    HttpContent Body(JsonNode schema)
    {
        var roll = random.NextDouble();
        if (roll < 0.02)
            return Json("{\"notes\":\"" + new string('a', 5 * 1024 * 1024) + "\"}"); // over the limit
        if (roll < 0.05)
            return Json("{\"legs\":" + new string('[', 5000) + new string(']', 5000) + "}");
        if (roll < 0.10)
            return Json(Pick(
                ["", "{", "not json", "[]", "null", "42", "\"text\"", "{\"leader\":}", "{\"a\":1,}", "\uFEFF{}"]));
        if (roll < 0.15)
            return new StringContent(
                "{}",
                Encoding.UTF8,
                Pick([
                    "text/plain",
                    "application/xml",
                    "application/x-www-form-urlencoded",
                    "multipart/form-data",
                    "application/jsonx"
                ]));
        if (roll < 0.17)
        {
            var none = new ByteArrayContent(Encoding.UTF8.GetBytes("{}"));
            return none; // no Content-Type at all
        }
        return Json(Instance(schema, depth: 0)?.ToJsonString() ?? "null");
    }

    static StringContent Json(string text)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>
    /// A value for <paramref name="schema"/>: mostly of the right shape with hostile contents, sometimes of the wrong
    /// type.
    /// </summary>
    JsonNode? Instance(JsonNode schema, int depth)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
            schema = document["components"]!["schemas"]![reference.Split('/')[^1]]!;
        if (Chance(0.08) || depth > 4)
            return Wrong();
        if (schema["enum"] is JsonArray choices)
            return Chance(0.7)
                ? choices[random.Next(choices.Count)]!.DeepClone()
                : Pick<JsonNode?>([99, -1, "3", "Planned, Reported", "", 1.5, true]);
        switch (schema["type"]?.GetValue<string>())
        {
            case "object":
                var instance = new JsonObject();
                foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
                {
                    if (Chance(0.85))
                        instance[name] = Instance(property!, depth + 1);
                }
                return instance;
            case "array":
                var count = Chance(0.05) ? random.Next(40, 80) : random.Next(0, 4);
                return new JsonArray(
                    [.. Enumerable.Range(0, count).Select(_ => Instance(schema["items"]!, depth + 1))]);
            case "integer":
                return Chance(0.5) ? random.Next(-2, 5) : Pick<JsonNode?>([int.MaxValue, long.MaxValue, -1, 0]);
            case "boolean":
                return Chance(0.8) ? Chance(0.5) : Pick<JsonNode?>(["true", 1, null]);
            default:
                return schema["format"]?.GetValue<string>() == "date"
                    ? Pick([
                        "2026-12-01",
                        "2026-12-03",
                        "1900-01-01",
                        "2100-12-31",
                        "0001-01-01",
                        "9999-12-31",
                        "2026-02-30",
                        "soon",
                        ""
                    ])
                    : Chance(0.3)
                        ? Pick(["vladimir-putin", "KAZ", "ZAF", "https://example.org/r", "Reuters", "brics-2023"])
                        : Pick(Strings);
        }
    }

    JsonNode? Wrong() => Pick<JsonNode?>(
        [null, 42, -1.5, true, "string", new JsonArray(1, 2), new JsonObject { ["x"] = 1 }, long.MinValue]);
}
