using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Asivado.Orleans.PostgreSql.Health;

/// <summary>
/// A readiness check over <see cref="PostgreSqlHealthProbe"/>, registered by
/// <c>AddAsivadoPostgreSql</c> as <see cref="Name"/> with the tag <see cref="ReadyTag"/> (for <c>/readyz</c>).
/// </summary>
public sealed class PostgreSqlHealthCheck : IHealthCheck
{
    /// <summary>The name the check is registered under.</summary>
    public const string Name = "postgresql";

    /// <summary>The tag the check carries, so a host maps it onto its readiness endpoint.</summary>
    public const string ReadyTag = "ready";

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
