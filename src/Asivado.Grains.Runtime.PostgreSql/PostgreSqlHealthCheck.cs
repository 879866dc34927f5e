using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Asivado.Grains.Runtime.PostgreSql;

/// <summary>A health check over <see cref="PostgreSqlHealthProbe"/>, registered as "postgresql".</summary>
public sealed class PostgreSqlHealthCheck : IHealthCheck
{
    /// <summary>The name the check is registered under.</summary>
    public const string Name = "postgresql";

    private readonly PostgreSqlHealthProbe _probe;

    public PostgreSqlHealthCheck(PostgreSqlHealthProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        _probe = probe;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await _probe.IsReachableAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy("PostgreSQL answers.")
            : new HealthCheckResult(context.Registration.FailureStatus, "PostgreSQL cannot be reached.");
}
