using NodaTime;

namespace Asivado.Grains.Organisation.Revisions.Reapplication;

/// <summary>A re-application job's progress: cases done out of the total, and what it found.</summary>
public sealed record ReapplicationJobView(
    string JobId,
    long Revision,
    string Reference,
    ReapplicationStatus Status,
    IReadOnlyList<string> DepartmentIds,
    int Total,
    int Done,
    int Changed,
    int Unchanged,
    int NotOpen,
    int Failed,
    IReadOnlyList<ReapplicationFailure> Failures,
    Instant? StartedAt,
    Instant? FinishedAt,
    int Resumed)
{
    public static ReapplicationJobView Of(string jobId, ReapplicationJobState state) => new(
        jobId, state.Revision, state.Reference, state.Status, state.DepartmentIds, state.CaseIds.Length, state.Done,
        state.Changed, state.Unchanged, state.NotOpen, state.Failed, state.Failures, state.StartedAt, state.FinishedAt, state.Resumed);
}
