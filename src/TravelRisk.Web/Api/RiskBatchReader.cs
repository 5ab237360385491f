using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

/// <summary>
/// Reads the body of POST risk/checks straight from its UTF-8 bytes: each person, State and day is looked up from a
/// span, so a valid query allocates nothing (deserializing 1,000 <see cref="RiskQuery"/> records cost more than
/// answering them). Reads what the serializer would (property names in any case, unknown ones skipped, escapes,
/// null as absent); a value that is not a plain match takes the slow path of GET risk/check's rules
/// (<see cref="RiskBatchEndpoint.Normalize"/>), so the answers and the problems are the same either way.
/// </summary>
public static partial class RiskBatchReader
{
    const int MaxFast = 128; // longer than any slug or code: such values take the slow path

    /// <summary>
    /// The checks in order, or the problems keyed by field; <c>Count</c> is the number of queries sent. The checks
    /// live in an array rented from the pool (a 1,000-query batch would otherwise leave 75 KB of garbage):
    /// <see cref="Return"/> it once they are answered.
    /// </summary>
    public sealed record Result(ArraySegment<RiskJson.BatchCheck> Checks, ApiQuery? Errors, int Count)
    {
        public void Return() => ArrayPool<RiskJson.BatchCheck>.Shared.Return(Checks.Array!, clearArray: true);
    }

    /// <summary>Checks collected into a pooled array of <see cref="RiskBatchEndpoint.MaxQueries"/>.</summary>
    sealed class CheckList
    {
        public RiskJson.BatchCheck[] Items { get; } =
            ArrayPool<RiskJson.BatchCheck>.Shared.Rent(RiskBatchEndpoint.MaxQueries);

        public int Count { get; private set; }

        public void Add(RiskJson.BatchCheck check) => Items[Count++] = check;
    }

    public static async Task<Result> ReadAsync(PipeReader body, RiskFacts facts, DateOnly today, CancellationToken ct)
    {
        // The body is at most ApiRequestLimits.MaxBodyBytes; read it whole, then parse synchronously.
        while (true)
        {
            var read = await body.ReadAsync(ct);
            if (read.IsCompleted || read.IsCanceled)
            {
                try
                {
                    return Parse(read.Buffer, facts, today);
                }
                finally
                {
                    body.AdvanceTo(read.Buffer.End);
                }
            }
            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    static Result Parse(ReadOnlySequence<byte> buffer, RiskFacts facts, DateOnly today)
    {
        if (buffer.IsSingleSegment)
            return Parse(new Utf8JsonReader(buffer.FirstSpan, Options), facts, today);
        // Kestrel hands a 60 KB body over in segments; the reader is several times faster on one span.
        var length = checked((int)buffer.Length);
        var whole = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            buffer.CopyTo(whole);
            return Parse(new Utf8JsonReader(whole.AsSpan(0, length), Options), facts, today);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(whole);
        }
    }

    static readonly JsonReaderOptions Options =
        new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    static Result Parse(Utf8JsonReader json, RiskFacts facts, DateOnly today)
    {
        var errors = new ApiQuery();
        var checks = new CheckList();
        var count = -1;
        try
        {
            if (!json.Read() || json.TokenType == JsonTokenType.Null)
                errors.Add("body", "The body is empty or null.");
            else if (json.TokenType != JsonTokenType.StartObject)
                errors.Add("body", "The value is not valid here (a JSON object was expected, not " +
                    $"{Describe(json.TokenType)}).");
            else
            {
                var seen = false;
                while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
                {
                    var isQueries = json.ValueTextEquals("queries")
                        || string.Equals(json.GetString(), "queries", StringComparison.OrdinalIgnoreCase);
                    json.Read();
                    if (isQueries && seen)
                    {
                        // Which list was meant cannot be known; answering one of them could answer the wrong question.
                        errors.Add("queries", "The body gives 'queries' more than once; send one list.");
                        json.Skip();
                    }
                    else if (!isQueries)
                        json.Skip();
                    else if (json.TokenType == JsonTokenType.StartArray)
                        (count, seen) = (ReadQueries(ref json, facts, today, checks, errors), true);
                    else if (json.TokenType == JsonTokenType.Null)
                        count = -1;
                    else
                    {
                        errors.Add("queries", "The value is not valid here (a list was expected, not " +
                            $"{Describe(json.TokenType)}).");
                        json.Skip();
                    }
                }
                if (count < 0 && !errors.HasErrors)
                    errors.Add("queries", "A list of up to 1,000 {person, state, date} queries is required.");
                if (json.Read())
                    errors.Add("body", "There is more after the JSON object; send one object.");
            }
        }
        catch (JsonException e)
        {
            errors.Add("body", $"The body is not valid JSON ({e.Message}).");
        }
        return new Result(
            new ArraySegment<RiskJson.BatchCheck>(checks.Items, 0, checks.Count),
            errors.HasErrors ? errors : null,
            Math.Max(count, 0));
    }

    /// <summary>
    /// Reads the array the reader is on; returns how many queries it holds (past the limit it only counts).
    /// </summary>
    static int ReadQueries(ref Utf8JsonReader json, RiskFacts facts, DateOnly today, CheckList checks, ApiQuery errors)
    {
        var people = facts.Leaders.GetAlternateLookup<ReadOnlySpan<char>>();
        var states = facts.Countries.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> person = stackalloc char[MaxFast], state = stackalloc char[MaxFast], date = stackalloc char[MaxFast];
        var index = 0;
        for (; json.Read() && json.TokenType != JsonTokenType.EndArray; index++)
        {
            if (index >= RiskBatchEndpoint.MaxQueries)
            {
                json.Skip();
                continue;
            }
            if (json.TokenType != JsonTokenType.StartObject)
            {
                errors.Add($"queries[{index}]", "A {person, state, date} object is required.");
                json.Skip();
                continue;
            }

            Value p = default, s = default, d = default;
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var field = Field(ref json);
                json.Read();
                switch (field)
                {
                    case 'p': p = Read(ref json, person, index, "person", errors); break;
                    case 's': s = Read(ref json, state, index, "state", errors); break;
                    case 'd': d = Read(ref json, date, index, "date", errors); break;
                    default: json.Skip(); break;
                }
            }
            if (p.Invalid || s.Invalid || d.Invalid)
                continue;

            // The fast path: an exact slug, an exact code, a well-formed day (or none).
            var day = today;
            if (p.Fast && s.Fast && (d.Absent || d.Fast)
                && people.TryGetValue(person[..p.Length], out var leader)
                && states.TryGetValue(state[..s.Length], out var host)
                && (d.Absent || TryParseDay(date[..d.Length], out day)))
            {
                checks.Add(new RiskJson.BatchCheck(leader, host, day));
                continue;
            }
            var query = new RiskQuery(p.Text(person), s.Text(state), d.Text(date));
            if (RiskBatchEndpoint.Normalize(errors, facts, query, index, today) is { } check)
                checks.Add(check);
        }
        return index;
    }
}
