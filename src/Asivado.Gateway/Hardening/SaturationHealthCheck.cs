using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Asivado.Gateway.Hardening;

/// <summary>Part of /readyz: unhealthy while the gateway is refusing work, so a balancer sends new work elsewhere.</summary>
public sealed class SaturationHealthCheck(RequestsInFlight inFlight) : IHealthCheck
{
    public const string Name = "saturation";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(inFlight.IsSaturated()
            ? HealthCheckResult.Unhealthy("The gateway is at its limit of requests in flight and is refusing work.")
            : HealthCheckResult.Healthy());
}
