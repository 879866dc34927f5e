using Asivado.Grains.Common;
using Asivado.Grains.Organisation.Configuration;
using Asivado.Grains.Organisation.Revisions.Reapplication;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Asivado.Grains.Organisation.Revisions;

/// <summary>
/// Keeps the published revisions and publishes new ones, one at a time (the grain is not reentrant, so two publishes
/// cannot both pass the check against the same organisation). A publish is durable once it returns: stored, applied to
/// this silo's directory, and its re-application job started (the job stores its own progress). Other silos apply it
/// when the job reaches one of their cases, or at their next start (<see cref="OrganisationRevisionSync"/>).
/// </summary>
[GrainType("organisation-revisions")]
public sealed partial class OrganisationRevisionsGrain(
    [PersistentState("organisation-revisions")] IPersistentState<OrganisationRevisionsState> state,
    IOrganisationDirectory directory,
    TimeProvider time,
    ILogger<OrganisationRevisionsGrain> logger) : Grain, IOrganisationRevisionsGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        CatchUp();
        return Task.CompletedTask;
    }

    public async Task<GrainResult<PublishedRevisionSummary>> Publish(RevisionDocument document, Actor by)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(by);
        CatchUp();
        OrganisationChange change;
        try
        {
            change = RevisionPlanner.Plan(directory, document);
        }
        catch (OrganisationFormatException e)
        {
            return GrainError.Invalid(e.Field, e.Detail);
        }

        var published = state.State.Published;
        var number = (published.IsDefaultOrEmpty ? 0 : published[^1].Number) + 1;
        var revision = new PublishedRevision(
            number,
            document.Kind,
            change.Reference,
            document.Json,
            Instant.FromDateTimeOffset(time.GetUtcNow()),
            by.Id,
            [.. change.Departments.Select(d => d.Id)],
            ReapplicationJobs.IdFor(number));
        var before = state.State;
        state.State = before with { Published = (published.IsDefault ? [] : published).Add(revision) };
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = before;
            throw;
        }

        directory.Apply(number, change);
        LogPublished(logger, number, document.Kind, change.Reference, revision.DepartmentIds.Count);
        await GrainFactory.GetGrain<IReapplicationJobGrain>(revision.JobId).Start(number, revision.Reference, revision.DepartmentIds);
        return GrainResult<PublishedRevisionSummary>.Ok(PublishedRevisionSummary.Of(revision));
    }

    public Task<OrganisationRevisionsView> GetCurrent()
    {
        CatchUp();
        var published = state.State.Published;
        return Task.FromResult(new OrganisationRevisionsView(
            directory.Revision,
            [.. directory.Departments.Select(d => new DepartmentRevisionView(d.Id, d.Calendar, d.Policies))],
            [.. published.Select(PublishedRevisionSummary.Of)]));
    }

    public Task<IReadOnlyList<PublishedRevision>> GetSince(long after) =>
        Task.FromResult<IReadOnlyList<PublishedRevision>>([.. state.State.Published.Where(r => r.Number > after)]);

    /// <summary>This silo's directory gets what was published before (on another silo, or before a restart).</summary>
    private void CatchUp()
    {
        PublishedRevisions.ApplyTo(directory, state.State.Published, logger);
    }

    [LoggerMessage(1, LogLevel.Information, "Published organisation revision {Number} ({Kind} {Reference}), reaching {Departments} department(s)")]
    private static partial void LogPublished(ILogger logger, long number, RevisionKind kind, string reference, int departments);
}
