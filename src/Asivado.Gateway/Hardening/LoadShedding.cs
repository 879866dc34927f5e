using System.Globalization;

namespace Asivado.Gateway.Hardening;

/// <summary>
/// A bounded amount of API work in flight: a request under /api beyond <see cref="LoadSheddingOptions.MaxRequestsInFlight"/>
/// is refused at once (503 problem details with Retry-After) before anything reads its body or checks its token, so a
/// burst is shed instead of queued for minutes. The hub, health, metrics and the console page are not counted.
/// </summary>
public static class LoadShedding
{
    internal static IHostApplicationBuilder AddLoadShedding(this IHostApplicationBuilder builder)
    {
        var options = new LoadSheddingOptions();
        builder.Configuration.GetSection(LoadSheddingOptions.SectionName).Bind(options);
        if (options.MaxRequestsInFlight < 1 || options.RetryAfter < TimeSpan.FromSeconds(1) || options.SaturatedFor < TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                $"{LoadSheddingOptions.SectionName}: MaxRequestsInFlight must be at least 1, RetryAfter at least 1 s and SaturatedFor not negative.");
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(services => new RequestsInFlight(options, services.GetRequiredService<TimeProvider>()));
        builder.Services.AddHealthChecks().AddCheck<SaturationHealthCheck>(SaturationHealthCheck.Name);
        return builder;
    }

    internal static IApplicationBuilder UseLoadShedding(this IApplicationBuilder app)
    {
        var inFlight = app.ApplicationServices.GetRequiredService<RequestsInFlight>();
        var options = app.ApplicationServices.GetRequiredService<LoadSheddingOptions>();
        var metrics = app.ApplicationServices.GetRequiredService<GatewayMetrics>();
        var retryAfter = ((int)Math.Ceiling(options.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            if (!inFlight.TryEnter())
            {
                metrics.RecordShed();
                await WriteRefusalAsync(context, retryAfter);
                return;
            }

            try
            {
                await next(context);
            }
            finally
            {
                inFlight.Exit();
            }
        });
    }

    private static Task WriteRefusalAsync(HttpContext context, string retryAfterSeconds)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = retryAfterSeconds;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Overloaded",
                Detail = $"The service is at its limit of requests in flight; nothing was done. Retry after {retryAfterSeconds} s.",
            },
        }).AsTask();
    }
}
