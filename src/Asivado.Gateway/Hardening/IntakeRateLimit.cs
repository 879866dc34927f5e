using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Asivado.Gateway.Hardening;

/// <summary>
/// The rate limit on POST /api/cases and POST /api/voicemails, as the global limiter (so the endpoints need no
/// metadata); every other request passes unlimited. Over the limit: 429 problem details with Retry-After.
/// </summary>
public static class IntakeRateLimit
{
    private static readonly string[] IntakePaths = ["/api/cases", "/api/voicemails"];

    internal static IHostApplicationBuilder AddIntakeRateLimit(this IHostApplicationBuilder builder)
    {
        var settings = new IntakeRateLimitOptions();
        builder.Configuration.GetSection(IntakeRateLimitOptions.SectionName).Bind(settings);
        if (settings.PermitsPerSecond < 1 || settings.Burst < 1 || settings.ReplenishmentPeriod <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{IntakeRateLimitOptions.SectionName}: PermitsPerSecond and Burst must be at least 1 and ReplenishmentPeriod positive.");
        }

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsIntake(context.Request)
                // Not GetTokenBucketLimiter: that one turns the bucket's own timer off and refills it continuously
                // (PermitsPerSecond, every 100 ms), whatever ReplenishmentPeriod says; this bucket refills once a period.
                ? RateLimitPartition.Get(PartitionKey(context), _ => new TokenBucketRateLimiter(Bucket(settings)))
                : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = WriteRejectionAsync;
        });
        return builder;
    }

    public static bool IsIntake(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && Array.Exists(IntakePaths, path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(path + "/", StringComparison.OrdinalIgnoreCase));

    /// <summary>The token's subject; the remote address for anonymous callers.</summary>
    public static string PartitionKey(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirst("sub")?.Value is { Length: > 0 } subject
            ? "sub:" + subject
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static TokenBucketRateLimiterOptions Bucket(IntakeRateLimitOptions settings) => new()
    {
        TokenLimit = settings.Burst,
        TokensPerPeriod = (int)Math.Min(int.MaxValue, Math.Max(1, settings.PermitsPerSecond * settings.ReplenishmentPeriod.TotalSeconds)),
        ReplenishmentPeriod = settings.ReplenishmentPeriod,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"Too many intakes from this caller; retry after {seconds} s.",
            },
        });
    }
}
