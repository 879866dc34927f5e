using Asivado.Gateway.Listening;
using Microsoft.Extensions.Configuration;

namespace Asivado.Gateway.Tests.Listening;

public sealed class ListenAddressTests
{
    [Fact]
    public void Nothing_configured_listens_on_localhost_5080()
    {
        Assert.Equal("http://localhost:5080", ListenAddress.DefaultUnlessConfigured(Configuration()));
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:5181")] // ASPNETCORE_URLS, DOTNET_URLS, --urls
    [InlineData("http_ports", "5181")] // ASPNETCORE_HTTP_PORTS
    [InlineData("https_ports", "5443")] // ASPNETCORE_HTTPS_PORTS
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:5181")]
    public void Any_standard_address_setting_replaces_the_default(string key, string value)
    {
        Assert.Null(ListenAddress.DefaultUnlessConfigured(Configuration((key, value))));
    }

    [Fact]
    public void The_gateway_settings_files_do_not_outrank_aspnetcore_urls()
    {
        // WebApplication.CreateBuilder reads ASPNETCORE_URLS before appsettings*.json, so a "Urls" in the files won.
        var gateway = Path.Combine(RepositoryRoot(), "src", "Asivado.Gateway");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("urls", "http://127.0.0.1:5181")])
            .AddJsonFile(Path.Combine(gateway, "appsettings.json"), optional: false)
            .AddJsonFile(Path.Combine(gateway, "appsettings.Development.json"), optional: true)
            .Build();

        Assert.Equal("http://127.0.0.1:5181", configuration["urls"]);
        Assert.Null(ListenAddress.DefaultUnlessConfigured(configuration));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

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
