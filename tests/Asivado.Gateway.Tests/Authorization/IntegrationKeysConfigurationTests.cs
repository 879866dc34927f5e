using Asivado.Gateway.Authentication.ApiKeys;
using Microsoft.Extensions.Configuration;

namespace Asivado.Gateway.Tests.Authorization;

public sealed class IntegrationKeysConfigurationTests
{
    private static readonly Dictionary<string, string?> Keys = new(StringComparer.Ordinal)
    {
        ["Authentication:DemoIntegrationKey:Name"] = "demo-integration",
        ["Authentication:DemoIntegrationKey:Key"] = "demo-key",
        ["Authentication:IntegrationKeys:0:Name"] = "cti",
        ["Authentication:IntegrationKeys:0:Key"] = "cti-key",
        ["Authentication:IntegrationKeys:1:Name"] = "no-key",
    };

    [Fact]
    public void The_embedded_default_honours_the_demo_key_and_drops_keys_without_a_value()
    {
        var keys = IntegrationKeysConfiguration.Read(new ConfigurationBuilder().AddInMemoryCollection(Keys).Build());

        Assert.Equal(["cti", "demo-integration"], keys.Select(key => key.Name));
    }

    [Fact]
    public void With_a_database_the_demo_key_is_ignored()
    {
        var settings = new Dictionary<string, string?>(Keys, StringComparer.Ordinal) { ["ConnectionStrings:Asivado"] = "Host=db" };

        var keys = IntegrationKeysConfiguration.Read(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

        Assert.Equal(["cti"], keys.Select(key => key.Name));
    }

    /// <summary>
    /// Configuration merges arrays by index: an operator's key 0, given through the environment on top of the
    /// committed appsettings.json, must be that key alone, with nothing of a demo entry merged into it.
    /// </summary>
    [Fact]
    public void An_operators_first_key_on_top_of_appsettings_json_is_honoured_with_a_database()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot(), "src", "Asivado.Gateway", "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["ConnectionStrings:Asivado"] = "Host=db",
                ["Authentication:IntegrationKeys:0:Name"] = "cti",
                ["Authentication:IntegrationKeys:0:Key"] = "cti-key",
            })
            .Build();

        var key = Assert.Single(IntegrationKeysConfiguration.Read(configuration));

        Assert.Equal(("cti", "cti-key"), (key.Name, key.Key));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Asivado.Cluster.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Asivado.Cluster.sln not found above the test output.");
    }
}
