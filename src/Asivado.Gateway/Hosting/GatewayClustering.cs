using Asivado.Orleans.PostgreSql.Hosting;
using Orleans.Configuration;

namespace Asivado.Gateway.Hosting;

/// <summary>The one place the silo's clustering is chosen: localhost (one silo) or membership in PostgreSQL.</summary>
internal static class GatewayClustering
{
    public const string ProviderKey = SiloSettings.SectionName + ":" + nameof(SiloSettings.Membership) + ":" + nameof(SiloMembershipSettings.Provider);

    public static ISiloBuilder UseGatewayClustering(this ISiloBuilder silo, SiloSettings settings, bool hasPostgreSql)
    {
        if (settings.SiloName is { Length: > 0 } name)
        {
            silo.Configure<SiloOptions>(options => options.SiloName = name);
        }

        if (settings.Membership.Provider == SiloClustering.Localhost)
        {
            return silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: settings.ServiceId, clusterId: settings.ClusterId);
        }

        if (!hasPostgreSql)
        {
            throw new InvalidOperationException(
                $"{ProviderKey} is {nameof(SiloClustering.PostgreSql)}, but ConnectionStrings:{GatewayGrainsExtensions.ConnectionStringName} is not set: " +
                $"set it, or set {ProviderKey} to {nameof(SiloClustering.Localhost)} (one silo).");
        }

        var membership = settings.Membership;
        silo.UseAsivadoPostgreSqlClustering()
            .ConfigureEndpoints(settings.AdvertisedIPAddress, settings.SiloPort, settings.GatewayPort)
            .Configure<ClusterOptions>(options =>
            {
                options.ClusterId = settings.ClusterId;
                options.ServiceId = settings.ServiceId;
            })
            .Configure<ClusterMembershipOptions>(options =>
            {
                options.ProbeTimeout = membership.ProbeTimeout;
                options.NumMissedProbesLimit = membership.NumMissedProbesLimit;
                options.NumVotesForDeathDeclaration = membership.NumVotesForDeathDeclaration;
                options.IAmAliveTablePublishTimeout = membership.IAmAliveTablePublishTimeout;
                options.TableRefreshTimeout = membership.TableRefreshTimeout;
            });
        return silo;
    }
}
