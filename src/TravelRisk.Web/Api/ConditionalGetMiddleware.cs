using System.Buffers;
using System.Security.Cryptography;
using Microsoft.IO;
using Microsoft.Net.Http.Headers;

namespace TravelRisk.Web.Api;

/// <summary>
/// Strong ETags on every API read: known up front for endpoints marked with <see cref="FactsETag"/> (risk checks
/// and maps), the endpoint's own ETag when it sets one (trips: their revision), otherwise a hash of the body.
/// If-None-Match → 304 with no body. Cache-Control "no-cache": clients may keep a copy but must
/// revalidate, because analysts can change the data at any time. Streamed exports set their own ETag up front.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next)
{
    // Bodies are buffered in pooled blocks: a MemoryStream grew by doubling into a new large-object-heap array for
    // every answer over 85 KB (a page of trips is 86 KB, with include=risk 380 KB), each a gen-2 collection's work.
    // The pool keeps at most 16 MiB of free blocks (its default is unbounded): enough for 64 pages in flight.
    static readonly RecyclableMemoryStreamManager Buffers = new(new RecyclableMemoryStreamManager.Options
    {
        MaximumSmallPoolFreeBytes = 16 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 16 * 1024 * 1024,
    });

    public async Task InvokeAsync(HttpContext context)
    {
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || !context.Request.Path.StartsWithSegments("/api")
            || context.Request.Path.StartsWithSegments("/api/v1/export"))
        {
            await next(context);
            return;
        }

        if (context.GetEndpoint()?.Metadata.GetMetadata<FactsETag>() is not null
            && !IsAny(context.Request.Headers.IfNoneMatch))
        {
            await UpFrontAsync(context);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = Buffers.GetStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = context.Response.Headers.ETag.ToString();
            if (etag.Length == 0)
            {
                var hash = Hash(buffer.GetReadOnlySequence());
                etag = $"\"{Convert.ToHexStringLower(hash)[..32]}\"";
                context.Response.Headers.ETag = etag;
            }
            if (string.IsNullOrEmpty(context.Response.Headers.CacheControl))
                context.Response.Headers.CacheControl = "public, no-cache";
            if (Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                context.Response.Headers.ContentType = default;
                return;
            }
        }

        // An empty error stays without Content-Length, so the status-code pages still give it a problem body.
        if (buffer.Length == 0 && context.Response.StatusCode >= 400)
            return;
        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    static byte[] Hash(ReadOnlySequence<byte> body)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var block in body)
            sha.AppendData(block.Span);
        return sha.GetHashAndReset();
    }

    /// <summary>
    /// The ETag is known before the endpoint runs: 304 without running it, otherwise a 200 written as it comes.
    /// </summary>
    async Task UpFrontAsync(HttpContext context)
    {
        var etag = await FactsETag.ForAsync(context);
        var response = context.Response;
        if (Matches(context.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = "public, no-cache";
            return;
        }
        response.OnStarting(() =>
        {
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                response.Headers.ETag = etag;
                if (string.IsNullOrEmpty(response.Headers.CacheControl))
                    response.Headers.CacheControl = "public, no-cache";
            }
            return Task.CompletedTask;
        });
        await next(context);
    }

    /// <summary>
    /// "If-None-Match: *" asks whether any answer exists, which only running the endpoint can tell (an unknown
    /// person is a 404): such requests take the buffered path.
    /// </summary>
    static bool IsAny(Microsoft.Extensions.Primitives.StringValues ifNoneMatch) =>
        ifNoneMatch.Count > 0
            && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any));

    public static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
            return false;
        return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(tag =>
                tag.Equals(EntityTagHeaderValue.Any)
                    || (!tag.IsWeak && tag.Tag.Equals(etag, StringComparison.Ordinal)));
    }
}
