using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Asivado.Gateway.Hosting;

/// <summary>Part of /readyz: healthy only while this silo is an active member of its cluster (not joining, not leaving, not declared dead).</summary>
public sealed class SiloMembershipHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public const string Name = "orleans-membership";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The silo is {status} in its cluster's membership, not Active."));
    }
}
