using Asivado.Grains.Cases;
using Asivado.Grains.Departments;
using Asivado.Orleans.Deadlines;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Asivado.Grains.Organisation.Revisions.Reapplication;

/// <summary>
/// One re-application job. <see cref="Start"/> lists the departments' open cases and stores them; then a one-shot grain
/// timer runs one step at a time (<see cref="ReapplicationOptions.CasesPerStep"/> cases, at most
/// <see cref="ReapplicationOptions.MaxCasesInFlight"/> calls in flight), storing the progress after each, so reads of
/// the progress come in between steps. The "resume" deadline, moved ahead at every step and cancelled at the end,
/// restarts the steps in a new activation when the one running them is gone.
/// </summary>
[GrainType("reapplication")]
public sealed partial class ReapplicationJobGrain(
    [PersistentState("reapplication")] IPersistentState<ReapplicationJobState> state,
    IDeadlineScheduler scheduler,
    IOptions<ReapplicationOptions> options,
    TimeProvider time,
    ILogger<ReapplicationJobGrain> logger) : Grain, IReapplicationJobGrain
{
    private const string ResumeDeadline = "reapply:resume";

    private readonly ReapplicationOptions _options = options.Value;
    private IGrainTimer? _steps;

    private string JobId => this.GetPrimaryKeyString();

    private Instant Now => Instant.FromDateTimeOffset(time.GetUtcNow());

    public async Task<ReapplicationJobView> Start(long revision, string reference, IReadOnlyList<string> departmentIds)
    {
        ArgumentNullException.ThrowIfNull(departmentIds);
        if (state.State.Status != ReapplicationStatus.None)
        {
            return ReapplicationJobView.Of(JobId, state.State);
        }

        var caseIds = new List<string>();
        foreach (var departmentId in departmentIds)
        {
            caseIds.AddRange(await GrainFactory.GetGrain<IDepartmentGrain>(departmentId).GetOpenCaseIds());
        }

        state.State = new ReapplicationJobState
        {
            Status = ReapplicationStatus.Running,
            Revision = revision,
            Reference = reference,
            DepartmentIds = [.. departmentIds],
            CaseIds = [.. caseIds.Distinct(StringComparer.Ordinal)],
            StartedAt = Now,
        };
        await state.WriteStateAsync();
        await HoldResumeDeadlineAsync();
        LogStarted(logger, JobId, revision, state.State.CaseIds.Length);
        ScheduleStep();
        return ReapplicationJobView.Of(JobId, state.State);
    }

    public Task<ReapplicationJobView?> Get()
    {
        if (state.State.Status == ReapplicationStatus.None)
        {
            DeactivateOnIdle();
            return Task.FromResult<ReapplicationJobView?>(null);
        }

        return Task.FromResult<ReapplicationJobView?>(ReapplicationJobView.Of(JobId, state.State));
    }

    public async Task ReceiveDeadline(DeadlineFiring firing)
    {
        ArgumentNullException.ThrowIfNull(firing);
        if (state.State.Status != ReapplicationStatus.Running)
        {
            await scheduler.CancelAsync(this.GetGrainId(), ResumeDeadline);
            return;
        }

        if (_steps is not null)
        {
            // This activation is still stepping (a slow step): only hold the deadline further out.
            await HoldResumeDeadlineAsync();
            return;
        }

        state.State = state.State with { Resumed = state.State.Resumed + 1 };
        LogResumed(logger, JobId, state.State.Done, state.State.CaseIds.Length);
        await StepAsync(CancellationToken.None);
    }

    private void ScheduleStep()
    {
        _steps?.Dispose();
        _steps = this.RegisterGrainTimer(StepAsync, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    /// <summary>
    /// A step that fails (its progress could not be stored) ends this activation: the next one reads the last stored
    /// step, and the resume deadline starts it.
    /// </summary>
    private async Task StepAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunStepAsync();
        }
        catch (Exception exception)
        {
            LogStepFailed(logger, exception, JobId, state.State.Done);
            _steps?.Dispose();
            _steps = null;
            DeactivateOnIdle();
        }
    }

    private async Task RunStepAsync()
    {
        var job = state.State;
        var step = job.CaseIds.Skip(job.Done).Take(Math.Max(1, _options.CasesPerStep)).ToList();
        var tally = await ReapplyAsync(job.Revision, step);
        var failures = job.Failures.AddRange(tally.Failures.Take(Math.Max(0, ReapplicationJobState.FailuresKept - job.Failures.Length)));
        var done = job.Done + step.Count;
        var finished = done >= job.CaseIds.Length;
        state.State = job with
        {
            Done = done,
            Changed = job.Changed + tally.Changed,
            Unchanged = job.Unchanged + tally.Unchanged,
            NotOpen = job.NotOpen + tally.NotOpen,
            Failed = job.Failed + tally.Failures.Count,
            Failures = failures,
            Status = finished ? ReapplicationStatus.Completed : ReapplicationStatus.Running,
            FinishedAt = finished ? Now : null,
        };
        await state.WriteStateAsync();
        if (finished)
        {
            _steps?.Dispose();
            _steps = null;
            await scheduler.CancelAsync(this.GetGrainId(), ResumeDeadline);
            LogCompleted(logger, JobId, state.State.CaseIds.Length, state.State.Changed, state.State.Failed);
            return;
        }

        await HoldResumeDeadlineAsync();
        ScheduleStep();
    }

    /// <summary>Asks each case to re-apply the revision, at most <see cref="ReapplicationOptions.MaxCasesInFlight"/> at a time.</summary>
    private async Task<StepTally> ReapplyAsync(long revision, IReadOnlyList<string> caseIds)
    {
        var tally = new StepTally();
        var inFlight = new List<Task>(_options.MaxCasesInFlight);
        foreach (var caseId in caseIds)
        {
            if (inFlight.Count >= Math.Max(1, _options.MaxCasesInFlight))
            {
                inFlight.Remove(await Task.WhenAny(inFlight));
            }

            inFlight.Add(ReapplyOneAsync(caseId));
        }

        await Task.WhenAll(inFlight);
        return tally;

        async Task ReapplyOneAsync(string caseId)
        {
            try
            {
                tally.Count(await GrainFactory.GetGrain<ICaseGrain>(caseId).Reapply(revision));
            }
            catch (Exception exception)
            {
                LogCaseFailed(logger, exception, JobId, caseId);
                tally.Failures.Add(new ReapplicationFailure(caseId, exception.GetType().Name));
            }
        }
    }

    private Task HoldResumeDeadlineAsync() =>
        scheduler.ScheduleAsync(this.GetGrainId(), ResumeDeadline, time.GetUtcNow() + _options.ResumeAfter);

    /// <summary>Counted on the grain's scheduler: the calls run interleaved, never in parallel.</summary>
    private sealed class StepTally
    {
        public int Changed { get; private set; }

        public int Unchanged { get; private set; }

        public int NotOpen { get; private set; }

        public List<ReapplicationFailure> Failures { get; } = [];

        public void Count(ReapplyOutcome outcome)
        {
            switch (outcome)
            {
                case ReapplyOutcome.Changed:
                    Changed++;
                    break;
                case ReapplyOutcome.Unchanged:
                    Unchanged++;
                    break;
                default:
                    NotOpen++;
                    break;
            }
        }
    }
}
