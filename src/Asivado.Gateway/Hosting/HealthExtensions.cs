namespace Asivado.Gateway.Hosting;

public static class HealthExtensions
{
    public static IHostApplicationBuilder AddGatewayHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>/healthz: the process is up. /readyz: it can take work (the runtime's checks join it).</summary>
    public static IEndpointRouteBuilder MapGatewayHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new() { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz");
        return endpoints;
    }
}
