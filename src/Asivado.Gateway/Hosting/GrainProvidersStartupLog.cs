using Asivado.Grains.Organisation;

namespace Asivado.Gateway.Hosting;

/// <summary>Says at start-up where grain state and deadlines go and which organisation was loaded (counts only).</summary>
internal sealed partial class GrainProvidersStartupLog(
    GrainProvidersInUse providers,
    IOrganisationDirectory organisation,
    ILogger<GrainProvidersStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (providers.Schema is null)
        {
            LogMemoryProviders(logger);
        }
        else
        {
            LogPostgreSqlProviders(logger, providers.Schema);
        }

        LogOrganisation(logger, organisation.Departments.Count, organisation.People.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
