using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using TravelRisk.Web.Contracts;
using TravelRisk.Web.Services;

namespace TravelRisk.Web.Api;

/// <summary>
/// Writes <c>GET /api/v1/trips?include=risk</c>: each trip's summary as the serializer writes it, with its whole
/// assessment spliced in as JSON kept beside the assessment itself (<see cref="TripRiskCache"/> keeps one per trip;
/// these bytes live exactly as long as it does). An assessment is about 2.8 KB of JSON that took 30 µs to serialize,
/// so a page of 100 spent 3 ms on it; now it is 100 copies. The bytes are exactly the serializer's for the page with
/// <c>Risk</c> set (TripListJsonTests compares them).
/// </summary>
public sealed class TripListJson(IOptions<JsonOptions> options)
{
    readonly JsonSerializerOptions _json = options.Value.SerializerOptions;
    readonly ConditionalWeakTable<TripRiskResponse, byte[]> _bytes = [];

    [ThreadStatic] static ArrayBufferWriter<byte>? t_item;

    /// <summary>The page as JSON, each trip with its <c>risk</c>, written into <paramref name="page"/>.</summary>
    public void Write(TripListPage list, IBufferWriter<byte> page)
    {
        var item = t_item ??= new ArrayBufferWriter<byte>(4 * 1024);
        using var writer = new Utf8JsonWriter(item, new JsonWriterOptions { Encoder = _json.Encoder });

        // The property names as the serializer's camelCase policy writes them.
        page.Write("{\"items\":["u8);
        for (var i = 0; i < list.Risks.Count; i++)
        {
            if (i > 0)
                page.Write(","u8);
            item.ResetWrittenCount();
            writer.Reset(item);
            JsonSerializer.Serialize(writer, list.Page.Items[i], _json);
            writer.Flush();
            // The summary, whose Risk is null and so left out, ends in '}': the assessment goes in before it.
            page.Write(item.WrittenSpan[..^1]);
            page.Write(",\"risk\":"u8);
            page.Write(_bytes.GetValue(list.Risks[i], risk => JsonSerializer.SerializeToUtf8Bytes(risk, _json)));
            page.Write("}"u8);
        }
        page.Write("],\"page\":"u8);
        Number(page, list.Page.Page);
        page.Write(",\"pageSize\":"u8);
        Number(page, list.Page.PageSize);
        page.Write(",\"total\":"u8);
        Number(page, list.Page.Total);
        page.Write("}"u8);
    }

    static void Number(IBufferWriter<byte> buffer, int value)
    {
        value.TryFormat(buffer.GetSpan(11), out var written, provider: CultureInfo.InvariantCulture);
        buffer.Advance(written);
    }

    /// <summary>
    /// The 200 of a page with risk, written straight into the response (no await between writing and sending, as
    /// the item buffer belongs to the thread) and documented as <see cref="PageResponse{T}"/> like <c>Ok</c>.
    /// </summary>
    public sealed class Result(TripListJson json, TripListPage list)
        : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
    {
        public int? StatusCode => StatusCodes.Status200OK;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            json.Write(list, response.BodyWriter);
            return response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask();
        }

        public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder) =>
            builder.Metadata.Add(new ProducesResponseTypeMetadata(
                StatusCodes.Status200OK,
                typeof(PageResponse<TripSummaryResponse>),
                ["application/json"]));
    }
}
