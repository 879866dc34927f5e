using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Asivado.Grains.Runtime.PostgreSql;

public static class PostgreSqlHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds the "postgresql" check (<see cref="PostgreSqlHealthCheck"/>), unhealthy when the grain providers' database
    /// cannot be reached. Needs <see cref="PostgreSqlGrainProvidersServiceCollectionExtensions.AddPostgreSqlGrainProviders(IServiceCollection, Action{PostgreSqlGrainProviderOptions})"/>.
    /// </summary>
    public static IHealthChecksBuilder AddPostgreSqlGrainProvidersCheck(this IHealthChecksBuilder builder, params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(tags);
        return builder.AddCheck<PostgreSqlHealthCheck>(PostgreSqlHealthCheck.Name, HealthStatus.Unhealthy, tags);
    }
}
