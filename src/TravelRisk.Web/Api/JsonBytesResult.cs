using System.Buffers;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace TravelRisk.Web.Api;

/// <summary>
/// A 200 whose JSON body is written by <c>write</c> into a per-thread buffer and copied out at once, with its
/// Content-Length. Documented as <typeparamref name="TDocumented"/>, exactly as <c>Ok&lt;T&gt;</c> documents it, so
/// the OpenAPI document does not change. The body is made inside <see cref="ExecuteAsync"/>, not in the handler:
/// the buffer belongs to the thread, so nothing may await between writing and copying it.
/// </summary>
public sealed class JsonBytesResult<TDocumented>(Func<ReadOnlyMemory<byte>> write)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var body = write();
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        response.BodyWriter.Write(body.Span);
        return response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(
            new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TDocumented), ["application/json"]));
}
