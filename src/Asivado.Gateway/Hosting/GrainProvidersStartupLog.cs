using Asivado.Grains.Organisation;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Storage;

namespace Asivado.Gateway.Hosting;

/// <summary>Says at start-up where grain state and reminders go and which organisation was loaded (counts only).</summary>
internal sealed partial class GrainProvidersStartupLog(
    GrainProvidersInUse providers,
    IGrainStorage storage,
    IReminderTable reminders,
    IOrganisationDirectory organisation,
    ILogger<GrainProvidersStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (providers.Schema is null)
        {
            LogMemoryProviders(logger, storage.GetType().Name, reminders.GetType().Name);
        }
        else
        {
            LogPostgreSqlProviders(logger, storage.GetType().Name, reminders.GetType().Name, providers.Schema);
        }

        LogOrganisation(logger, organisation.Departments.Count, organisation.People.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
