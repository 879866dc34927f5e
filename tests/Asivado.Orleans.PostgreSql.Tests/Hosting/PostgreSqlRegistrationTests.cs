using Asivado.Orleans.PostgreSql.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Asivado.Orleans.PostgreSql.Tests.Hosting;

public sealed class PostgreSqlRegistrationTests
{
    [Fact]
    public void Options_bind_from_a_configuration_section_including_the_batching_ones()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Asivado:PostgreSql:ConnectionString"] = "Host=db;Username=asivado",
            ["Asivado:PostgreSql:Schema"] = "tenant_7",
            ["Asivado:PostgreSql:Batching:MaxBatchSize"] = "250",
            ["Asivado:PostgreSql:Batching:MaxConcurrentWriteBatches"] = "2",
        }).Build();
        var services = new ServiceCollection();

        services.AddAsivadoPostgreSql(options => options.Bind(configuration.GetSection(PostgreSqlOptions.ConfigurationSection)));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<PostgreSqlOptions>>().Value;

        Assert.Equal(("Host=db;Username=asivado", "tenant_7"), (options.ConnectionString, options.Schema));
        Assert.Equal((250, 2, 4), (options.Batching.MaxBatchSize, options.Batching.MaxConcurrentWriteBatches, options.Batching.MaxConcurrentReadBatches));
    }

    [Fact]
    public void Registering_twice_adds_configuration_but_no_second_set_of_providers()
    {
        var services = new ServiceCollection();

        services.AddAsivadoPostgreSql(options => options.Configure(o => o.ConnectionString = "Host=db"));
        var count = services.Count;
        services.AddAsivadoPostgreSql(options => options.Configure(o => o.Schema = "second"));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(count + 1, services.Count);
        Assert.Equal(("Host=db", "second"), (provider.GetRequiredService<IOptions<PostgreSqlOptions>>().Value.ConnectionString, provider.GetRequiredService<IOptions<PostgreSqlOptions>>().Value.Schema));
    }
}
