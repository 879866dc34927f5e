using Asivado.Durability.Gateway;
using Asivado.Grains.Hosting;
using Asivado.Grains.Organisation;
using Asivado.Orleans.Persistence.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Asivado.Intake.Benchmarks.Memory;

/// <summary>
/// One Orleans silo in this process as the embedded gateway has it (localhost clustering, every Asivado grain, the
/// deadline service, memory grain state and deadline table, the system clock), on free loopback ports, logging warnings only.
/// <paramref name="stores"/>, when given, replaces the memory grain state and deadline table (e.g. with PostgreSQL's).
/// </summary>
internal static class MemorySilo
{
    public static IHost Build(IOrganisationDirectory organisation, Action<ISiloBuilder>? stores = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOrganisationDirectory(organisation);
        var ports = FreeTcpPort.Next(2);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(ports[0], ports[1], serviceId: "asivado-memory-bench", clusterId: "asivado-memory-bench");
            silo.AddAsivadoGrains();
            silo.AddDeadlines();
            if (stores is null)
            {
                silo.AddMemoryGrainState();
                silo.AddMemoryDeadlineTable();
            }
            else
            {
                stores(silo);
            }
        });
        return builder.Build();
    }
}
