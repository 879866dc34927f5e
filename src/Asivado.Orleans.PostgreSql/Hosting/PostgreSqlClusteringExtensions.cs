using Asivado.Orleans.PostgreSql.Membership;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Hosting;

namespace Asivado.Orleans.PostgreSql.Hosting;

public static class PostgreSqlClusteringExtensions
{
    /// <summary>
    /// Cluster membership in the providers' PostgreSQL database (<see cref="PostgreSqlMembershipTable"/>, tables of
    /// migration 0002), on the data source <see cref="PostgreSqlSiloBuilderExtensions.AddAsivadoPostgreSql(ISiloBuilder, Action{PostgreSqlOptions})"/>
    /// registers; call that too. The silo's endpoints and ids are the host's (<c>Configure&lt;EndpointOptions&gt;</c>,
    /// <c>Configure&lt;ClusterOptions&gt;</c>).
    /// </summary>
    public static ISiloBuilder UseAsivadoPostgreSqlClustering(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IMembershipTable, PostgreSqlMembershipTable>();
        return builder;
    }
}
