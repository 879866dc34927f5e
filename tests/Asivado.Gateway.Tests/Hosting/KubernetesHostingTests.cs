using System.Net;
using Asivado.Gateway.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;

namespace Asivado.Gateway.Tests.Hosting;

/// <summary>Orleans' Kubernetes hosting joins the gateway's silo only when "Orleans:Kubernetes:Enabled" says so.</summary>
public sealed class KubernetesHostingTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public void Off_no_kubernetes_service_is_registered_and_the_silo_keeps_its_localhost_address(string? enabled)
    {
        var services = GatewayGrains(enabled);

        Assert.DoesNotContain(services, IsKubernetesHosting);
        using var provider = services.BuildServiceProvider();
        Assert.Equal(IPAddress.Loopback, provider.GetRequiredService<IOptions<EndpointOptions>>().Value.AdvertisedIPAddress);
    }

    [Fact]
    public void On_the_kubernetes_agent_and_its_options_are_registered()
    {
        var services = GatewayGrains("true");

        Assert.Contains(services, descriptor => descriptor.ServiceType == typeof(KubernetesClusterAgent) || descriptor.ImplementationType == typeof(KubernetesClusterAgent));
        Assert.Contains(services, descriptor => descriptor.ServiceType == typeof(IConfigureOptions<KubernetesHostingOptions>));
    }

    [Fact]
    public void On_with_localhost_clustering_the_silo_address_is_refused_naming_the_setting()
    {
        using var provider = GatewayGrains("true").BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EndpointOptions>>().Value);

        Assert.Contains(KubernetesHosting.EnabledKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("localhost clustering", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void On_with_a_routable_silo_address_the_endpoints_are_accepted()
    {
        var services = GatewayGrains("true");
        services.Configure<EndpointOptions>(options => options.AdvertisedIPAddress = IPAddress.Parse("10.0.0.7"));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(IPAddress.Parse("10.0.0.7"), provider.GetRequiredService<IOptions<EndpointOptions>>().Value.AdvertisedIPAddress);
    }

    private static IServiceCollection GatewayGrains(string? enabled)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [KubernetesHosting.EnabledKey] = enabled });
        builder.AddGatewayGrains();
        return builder.Services;
    }

    /// <summary>The agent, its options and the options it configures (silo name, cluster ids, endpoints); not the serializer metadata every referenced Orleans assembly adds.</summary>
    private static bool IsKubernetesHosting(ServiceDescriptor descriptor) =>
        descriptor.ServiceType == typeof(KubernetesClusterAgent)
        || descriptor.ServiceType == typeof(IConfigureOptions<KubernetesHostingOptions>)
        || descriptor.ImplementationType?.Namespace == typeof(KubernetesHostingOptions).Namespace;
}
