using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Hubs;

/// <summary>Renews every live console's subscription each <see cref="ConsoleHubOptions.SubscriptionRenewalPeriod"/>, on the host's clock.</summary>
internal sealed class ConsoleSubscriptionRenewal(
    ConsoleConnections connections,
    TimeProvider time,
    IOptions<ConsoleHubOptions> options,
    ILogger<ConsoleSubscriptionRenewal> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SubscriptionRenewalPeriod, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await connections.RenewAllAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.RenewalStopped();
        }
    }
}
