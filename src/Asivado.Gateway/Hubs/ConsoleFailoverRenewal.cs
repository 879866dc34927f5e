namespace Asivado.Gateway.Hubs;

/// <summary>
/// When a silo leaves the cluster (killed, or stopped in a rolling restart), the agent grains it hosted start again
/// elsewhere without their consoles' subscriptions, which live only in memory. So every console connected to this
/// silo subscribes again at once and catches up on what its agent's feed got meanwhile, instead of waiting for the
/// periodic renewal. (Agent grains on survivors whose directory entry was on the dead silo are deactivated by Orleans
/// and tell their consoles themselves: <see cref="Grains.Agents.IAgentConsoleObserver.OnSubscriptionEnded"/>.)
/// </summary>
internal sealed class ConsoleFailoverRenewal(
    ConsoleConnections connections,
    IClusterMembershipService membership,
    ILogger<ConsoleFailoverRenewal> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ClusterMembershipSnapshot? previous = null;
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken).ConfigureAwait(false))
            {
                var gone = previous is null ? null : snapshot.CreateUpdate(previous).Changes.FirstOrDefault(member => member.Status == SiloStatus.Dead);
                previous = snapshot;
                if (gone is not null)
                {
                    logger.SiloLeft(gone.SiloAddress.ToString(), connections.Count);
                    await connections.RenewAllAsync(stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.RenewalStopped();
        }
    }
}
