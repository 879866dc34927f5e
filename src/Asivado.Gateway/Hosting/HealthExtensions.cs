namespace Asivado.Gateway.Hosting;

public static class HealthExtensions
{
    public static IHostApplicationBuilder AddGatewayHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<SiloMembershipHealthCheck>(SiloMembershipHealthCheck.Name);
        return builder;
    }

    /// <summary>
    /// /healthz: the process is up. /readyz: it can take work: the silo is an active cluster member
    /// (<see cref="SiloMembershipHealthCheck"/>), and the runtime's other checks (PostgreSQL, saturation) pass.
    /// </summary>
    public static IEndpointRouteBuilder MapGatewayHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new() { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz");
        return endpoints;
    }
}
