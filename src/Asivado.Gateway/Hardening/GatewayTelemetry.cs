using Asivado.Gateway.Authorization;
using Asivado.Grains.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Asivado.Gateway.Hardening;

/// <summary>
/// Metrics are recorded through System.Diagnostics.Metrics (meters "Asivado.*", ASP.NET Core's own) and served for
/// Prometheus at <see cref="ScrapePath"/> to the networks and admins <see cref="MetricsAccessOptions"/> allows. When
/// OTEL_EXPORTER_OTLP_ENDPOINT or "Telemetry:OtlpEndpoint" is set they are also exported over OTLP.
/// </summary>
public static class GatewayTelemetry
{
    public const string EndpointKey = "Telemetry:OtlpEndpoint";

    public const string StandardEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string ScrapePath = "/metrics";

    /// <summary>The authorization policy of <see cref="ScrapePath"/>.</summary>
    public const string ScrapePolicy = "MetricsScraper";

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
        builder.Services.AddOptions<MetricsAccessOptions>().BindConfiguration(MetricsAccessOptions.SectionName)
            .Validate(options => options.Networks().Count > 0)
            .ValidateOnStart();
        builder.Services.AddAuthorizationBuilder().AddPolicy(ScrapePolicy, policy => policy.RequireAssertion(MayScrape));

        var endpoint = OtlpEndpoint(builder.Configuration);
        builder.Services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(Meters).AddAspNetCoreInstrumentation().AddPrometheusExporter();
            if (endpoint is not null)
            {
                metrics.AddOtlpExporter(options => options.Endpoint = endpoint);
            }
        });
        return builder;
    }

    /// <summary>GET <see cref="ScrapePath"/>: the Prometheus text format, outside the OpenAPI document.</summary>
    public static IEndpointRouteBuilder MapGatewayMetrics(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPrometheusScrapingEndpoint(ScrapePath).RequireAuthorization(ScrapePolicy).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>From an allowed network, or a signed-in admin: otherwise 401 (no credentials) or 403.</summary>
    private static bool MayScrape(AuthorizationHandlerContext context)
    {
        if (context.Resource is not HttpContext http)
        {
            return false;
        }

        var networks = http.RequestServices.GetRequiredService<IOptions<MetricsAccessOptions>>().Value.Networks();
        return MetricsAccessOptions.Contains(networks, http.Connection.RemoteIpAddress)
            || Caller.From(context.User)?.Role == ActorRole.Admin;
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
