using Asivado.Gateway.Authentication.ApiKeys;
using Microsoft.Extensions.Configuration;

namespace Asivado.Gateway.Tests.Authorization;

public sealed class IntegrationKeysConfigurationTests
{
    private static readonly Dictionary<string, string?> Keys = new(StringComparer.Ordinal)
    {
        ["Authentication:IntegrationKeys:0:Name"] = "demo-integration",
        ["Authentication:IntegrationKeys:0:Key"] = "demo-key",
        ["Authentication:IntegrationKeys:0:DemoOnly"] = "true",
        ["Authentication:IntegrationKeys:1:Name"] = "cti",
        ["Authentication:IntegrationKeys:1:Key"] = "cti-key",
        ["Authentication:IntegrationKeys:2:Name"] = "no-key",
    };

    [Fact]
    public void The_embedded_default_honours_demo_keys_and_drops_keys_without_a_value()
    {
        var keys = IntegrationKeysConfiguration.Read(new ConfigurationBuilder().AddInMemoryCollection(Keys).Build());

        Assert.Equal(["demo-integration", "cti"], keys.Select(key => key.Name));
    }

    [Fact]
    public void With_a_database_demo_keys_are_ignored()
    {
        var settings = new Dictionary<string, string?>(Keys, StringComparer.Ordinal) { ["ConnectionStrings:Asivado"] = "Host=db" };

        var keys = IntegrationKeysConfiguration.Read(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

        Assert.Equal(["cti"], keys.Select(key => key.Name));
    }
}
