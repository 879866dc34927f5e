using Asivado.Orleans.Deadlines;
using Orleans.Concurrency;

namespace Asivado.Grains.Organisation.Revisions.Reapplication;

/// <summary>
/// Re-applies one published revision to every open case of the departments it reached, in the background, a bounded
/// number of case calls at a time, storing its progress after every step. Keyed by <see cref="ReapplicationJobs.IdFor"/>.
/// It survives the loss or restart of its silo: a durable deadline resumes it from its last stored step (cases of the
/// interrupted step are asked again, and re-applying is idempotent per case).
/// </summary>
public interface IReapplicationJobGrain : IGrainWithStringKey, IDeadlineHandler
{
    /// <summary>Finds the open cases and starts; a job already started is left as it is. Returns once the job is stored.</summary>
    Task<ReapplicationJobView> Start(long revision, string reference, IReadOnlyList<string> departmentIds);

    /// <summary>Null when no job has this id.</summary>
    [ReadOnly]
    Task<ReapplicationJobView?> Get();
}
