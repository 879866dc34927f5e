namespace Asivado.Gateway.Hardening;

/// <summary>
/// Request size limits, the intake rate limit, the bound on requests in flight, CORS for the console's origins, security headers, metrics with an
/// optional OTLP exporter, and the shutdown timeout (see README.md).
/// </summary>
public static class GatewayHardeningExtensions
{
    public static IHostApplicationBuilder AddGatewayHardening(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddRequestLimits();
        builder.AddIntakeRateLimit();
        builder.AddLoadShedding();
        builder.AddConsoleCors();
        builder.AddGatewayTelemetry();
        builder.AddGracefulShutdown();
        builder.SuppressRequestLineLogging();
        return builder;
    }

    /// <summary>Security headers, CORS and the body limit: call first, so every response (static files too) carries them.</summary>
    public static WebApplication UseGatewayHardening(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        app.UseConsoleCors();
        app.UseGlobalBodyLimit();
        app.UseIntakeMetrics();
        app.UseLoadShedding();
        return app;
    }

    /// <summary>The intake rate limit, partitioned by the signed-in subject: call after authentication.</summary>
    public static WebApplication UseGatewayRateLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        return app;
    }
}
