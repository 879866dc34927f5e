using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Asivado.Grains.Organisation.Configuration;

/// <summary>Loads the organisation when the host starts, so a bad file fails start-up rather than the first request.</summary>
internal sealed class OrganisationStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<IOrganisationDirectory>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
