using OpenTelemetry.Metrics;

namespace Asivado.Gateway.Hardening;

/// <summary>
/// Metrics are always recorded through System.Diagnostics.Metrics (meters "Asivado.*", ASP.NET Core's own).
/// When OTEL_EXPORTER_OTLP_ENDPOINT or "Telemetry:OtlpEndpoint" is set they are also exported over OTLP;
/// otherwise OpenTelemetry is not registered at all.
/// </summary>
public static class GatewayTelemetry
{
    public const string EndpointKey = "Telemetry:OtlpEndpoint";

    public const string StandardEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static readonly string[] Meters =
    [
        "Asivado.*",
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.AspNetCore.Diagnostics",
        "System.Net.Http",
    ];

    internal static IHostApplicationBuilder AddGatewayTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GatewayMetrics>();
        var endpoint = OtlpEndpoint(builder.Configuration);
        if (endpoint is null)
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(Meters)
            .AddOtlpExporter(options => options.Endpoint = endpoint));
        return builder;
    }

    public static Uri? OtlpEndpoint(IConfiguration configuration)
    {
        var value = configuration[EndpointKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration[StandardEndpointKey];
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{EndpointKey}: \"{value}\" is not an absolute URI.");
    }
}
