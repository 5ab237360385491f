using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace TravelRisk.Web.Api;

/// <summary>
/// Refuses, before any endpoint reads it, a request body the API will not take: larger than <see cref="MaxBodyBytes"/>
/// (413) or not in a media type the endpoint accepts (415), both as problem+json.
/// </summary>
public sealed class ApiRequestLimits(RequestDelegate next, IProblemDetailsService problems)
{
    /// <summary>
    /// 4 MiB: above the largest valid trip (50 legs and 50 sources at their longest, every character \u-escaped),
    /// far below Kestrel's 30 MB default. Documented in the OpenAPI description and docs/deploy.md.
    /// </summary>
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = MaxBodyBytes; // a chunked body that grows past it fails as a 413 while read

        if (request.ContentLength > MaxBodyBytes)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large",
                string.Create(CultureInfo.InvariantCulture, $"The API accepts bodies of at most {MaxBodyBytes:N0} " +
                    $"bytes; this one has {request.ContentLength:N0}."));
            return;
        }

        var accepts = context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>();
        var hasBody = request.ContentLength > 0
            || request.Headers.TransferEncoding.Count > 0
            || !string.IsNullOrEmpty(request.ContentType);
        if (accepts is { ContentTypes.Count: > 0 }
            && hasBody
            && !accepts.ContentTypes.Any(type => IsMediaType(request.ContentType, type)))
        {
            await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"Send the body as {string.Join(" or ", accepts.ContentTypes)} (Content-Type was " +
                $"'{request.ContentType}').");
            return;
        }
        await next(context);
    }

    static bool IsMediaType(string? contentType, string expected) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(expected, StringComparison.OrdinalIgnoreCase);

    async Task RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail }
        });
    }
}
