using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Asivado.Gateway.Hardening;

/// <summary>
/// 1 MB for any request body (the intake endpoints declare their own 64 KB), Kestrel's header limits stated
/// explicitly. A body over the limit is a 413 problem: at once when Content-Length says so, otherwise while reading.
/// </summary>
public static class RequestLimits
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public const int MaxRequestHeadersTotalBytes = 32 * 1024;

    public const int MaxRequestHeaderCount = 64;

    public const int MaxRequestLineBytes = 8 * 1024;

    internal static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<KestrelServerOptions>(options =>
        {
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            options.Limits.MaxRequestHeadersTotalSize = MaxRequestHeadersTotalBytes;
            options.Limits.MaxRequestHeaderCount = MaxRequestHeaderCount;
            options.Limits.MaxRequestLineSize = MaxRequestLineBytes;
        });
        return builder;
    }

    /// <summary>
    /// Refuses a declared Content-Length over the global limit before anything reads the body (the test server has
    /// no limit of its own). Endpoints with their own limit are left to it.
    /// </summary>
    internal static IApplicationBuilder UseGlobalBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
            if (declared is null && context.Request.ContentLength > MaxRequestBodyBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "Request body too large",
                        Detail = $"The request body is larger than {MaxRequestBodyBytes} bytes.",
                    },
                });
                return;
            }

            await next(context);
        });
}
