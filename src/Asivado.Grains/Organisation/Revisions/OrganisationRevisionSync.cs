using Microsoft.Extensions.Logging;

namespace Asivado.Grains.Organisation.Revisions;

/// <summary>
/// Brings this silo's directory up to the published revisions: at start (a silo restarted, or joining, reads the
/// organisation file and then what was published since) and when a case is asked to re-apply a revision this silo has
/// not applied yet. Catching up asks <see cref="IOrganisationRevisionsGrain"/> only when behind.
/// </summary>
public sealed partial class OrganisationRevisionSync(
    IOrganisationDirectory directory,
    IGrainFactory grains,
    ILogger<OrganisationRevisionSync> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Applies every published revision up to at least <paramref name="revision"/> (no call when already there).</summary>
    public async Task CatchUpAsync(long revision)
    {
        if (directory.Revision >= revision)
        {
            return;
        }

        await _gate.WaitAsync();
        try
        {
            if (directory.Revision >= revision)
            {
                return;
            }

            var missing = await grains.GetGrain<IOrganisationRevisionsGrain>(IOrganisationRevisionsGrain.Key).GetSince(directory.Revision);
            PublishedRevisions.ApplyTo(directory, missing, logger);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(OrganisationRevisionSync), ServiceLifecycleStage.Active, OnStartAsync);

    private async Task OnStartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CatchUpAsync(long.MaxValue);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The silo still serves: a case re-applying a revision catches up then.
            LogCatchUpFailed(logger, exception);
        }
    }

    [LoggerMessage(2, LogLevel.Warning, "Could not read the published organisation revisions at start-up")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);
}
