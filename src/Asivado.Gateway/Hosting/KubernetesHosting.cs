using System.Net;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Asivado.Gateway.Hosting;

/// <summary>
/// Orleans' Kubernetes hosting ("Orleans:Kubernetes:Enabled", default false; deploy-k8s/ sets it): the silo takes its
/// name from POD_NAME and advertises POD_IP, and up to two silos watch the pods labelled orleans/serviceId and
/// orleans/clusterId so that a deleted pod's silo is declared dead at once instead of after missed probes. It needs
/// the pod's service account to get, list, watch and patch pods (deploy-k8s/rbac.yaml).
/// </summary>
public static class KubernetesHosting
{
    public const string EnabledKey = SiloSettings.SectionName + ":Kubernetes:Enabled";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>(EnabledKey);

    public static ISiloBuilder UseKubernetesHostingWhenEnabled(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsEnabled(configuration))
        {
            return silo;
        }

        silo.Services.AddSingleton<IValidateOptions<EndpointOptions>, NoLoopbackSiloAddress>();
        return silo.UseKubernetesHosting();
    }

    /// <summary>
    /// Localhost clustering advertises 127.0.0.1, which Kubernetes hosting leaves alone: every pod would be a cluster
    /// of its own. Refused at start-up rather than found out when the second pod cannot join.
    /// </summary>
    private sealed class NoLoopbackSiloAddress : IValidateOptions<EndpointOptions>
    {
        public ValidateOptionsResult Validate(string? name, EndpointOptions options) =>
            options.AdvertisedIPAddress is { } address && IPAddress.IsLoopback(address)
                ? ValidateOptionsResult.Fail(
                    $"{EnabledKey} is true but the silo advertises {address} (localhost clustering): configure a shared membership, so that pods can find each other.")
                : ValidateOptionsResult.Success;
    }
}
