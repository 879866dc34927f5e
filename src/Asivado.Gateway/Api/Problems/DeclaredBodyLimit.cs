using Microsoft.AspNetCore.Http.Metadata;

namespace Asivado.Gateway.Api.Problems;

/// <summary>
/// Refuses a request whose declared Content-Length exceeds its endpoint's body limit (RequestSizeLimit metadata)
/// before the body is read, as 413 problem details. Kestrel also enforces the limit while reading, which covers
/// chunked bodies; this covers every host (the in-process test server too) and answers without reading.
/// </summary>
public static class DeclaredBodyLimit
{
    public static IApplicationBuilder UseDeclaredBodyLimit(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
            if (limit is { } max && context.Request.ContentLength > max)
            {
                // ApiExceptionHandler answers it like the same limit hit while reading.
                throw new BadHttpRequestException($"The request body is larger than {max} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            return next(context);
        });
}
