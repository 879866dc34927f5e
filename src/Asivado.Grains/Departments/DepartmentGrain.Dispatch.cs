using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>
/// Work done in later turns: assigning queued cases when an agent has room, and telling the leads that the
/// queue changed (its agents and leads, <see cref="CaseWorkers.QueueWatchers"/>). Both start grain calls without awaiting them (the callee may be waiting on this department).
/// </summary>
public sealed partial class DepartmentGrain
{
    /// <summary>At most one queue-changed push per watcher (<see cref="CaseWorkers.QueueWatchers"/>) per this interval.</summary>
    internal static readonly TimeSpan QueueNoticeInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a case sent its assignment by this department keeps it here while the case applies it: an update
    /// from the case that still shows no assignee does not pick a second agent. Twice the default call timeout.
    /// </summary>
    internal static readonly Duration DispatchGuard = Duration.FromMinutes(1);

    private readonly Dictionary<string, PendingDispatch> _dispatching = new(StringComparer.Ordinal);
    private IGrainTimer? _dispatchTimer;
    private IGrainTimer? _queueNoticeTimer;
    private DateTimeOffset? _lastQueueNoticeAt;

    private void ScheduleDispatch() => _dispatchTimer ??= OneShotTimer(DispatchQueuedAsync, TimeSpan.Zero);

    /// <summary>
    /// Gives queued cases, soonest deadline first, to the agents with room: reserves each case here, persists,
    /// then tells each case (one-way) to assign itself. The case answers by calling <see cref="TrackCase"/> with its
    /// assignee.
    /// </summary>
    private async Task DispatchQueuedAsync(CancellationToken cancellationToken)
    {
        _dispatchTimer?.Dispose();
        _dispatchTimer = null;
        if (_directory.FindDepartment(DepartmentId) is not { } department)
        {
            return;
        }

        var now = Now;
        var dispatched = new List<(string CaseId, string AgentId)>();
        foreach (var entry in Queue())
        {
            var agentId = AssignmentPicker.Pick(Candidates(department));
            if (agentId is null)
            {
                break;
            }

            Reserve(agentId, now);
            SetOpenCase(entry with { AssigneeId = agentId });
            _dispatching[entry.CaseId] = new PendingDispatch(agentId, now);
            dispatched.Add((entry.CaseId, agentId));
        }

        if (dispatched.Count == 0)
        {
            return;
        }

        await SaveAsync();
        ScheduleQueueNotice(department);
        foreach (var (caseId, agentId) in dispatched)
        {
            LogAutoAssigned(DepartmentId, caseId, agentId);
            StartAssignment(caseId, agentId);
        }
    }

    /// <summary>One-way: the case applies it in its own turn and reports back through <see cref="TrackCase"/>.</summary>
    private void StartAssignment(string caseId, string agentId)
    {
        try
        {
            GrainFactory.GetGrain<ICaseGrain>(caseId).AssignFromQueue(agentId).Ignore();
        }
        catch (Exception ex)
        {
            LogAssignmentFailed(ex, DepartmentId, caseId, agentId);
        }
    }

    /// <summary>
    /// Arranges one queue-changed push to the people who may claim from the queue: now if none went out in the last second, otherwise when
    /// that second is over (one push then covers every change in between).
    /// </summary>
    private void ScheduleQueueNotice(DepartmentDefinition department)
    {
        if (_queueNoticeTimer is not null || !CaseWorkers.QueueWatchers(department, _directory.FindPerson).Any())
        {
            return;
        }

        var dueTime = _lastQueueNoticeAt is { } last ? last + QueueNoticeInterval - _time.GetUtcNow() : TimeSpan.Zero;
        _queueNoticeTimer = OneShotTimer(SendQueueNoticeAsync, dueTime > TimeSpan.Zero ? dueTime : TimeSpan.Zero);
    }

    private Task SendQueueNoticeAsync(CancellationToken cancellationToken)
    {
        _queueNoticeTimer?.Dispose();
        _queueNoticeTimer = null;
        if (_directory.FindDepartment(DepartmentId) is not { } department)
        {
            return Task.CompletedTask;
        }

        _lastQueueNoticeAt = _time.GetUtcNow();
        var length = QueueLength();
        var push = new ConsolePush(0, ConsolePushKind.QueueChanged, Now, DepartmentId: DepartmentId, Text: QueueText(length));
        foreach (var personId in CaseWorkers.QueueWatchers(department, _directory.FindPerson))
        {
            StartNotify(personId, push);
        }

        return Task.CompletedTask;
    }

    private static string QueueText(int length) => length == 1 ? "1 case waiting" : $"{length} cases waiting";

    private void StartNotify(string personId, ConsolePush push)
    {
        Task<GrainResult<ConsolePush>> call;
        try
        {
            call = GrainFactory.GetGrain<IAgentGrain>(personId).Notify(push);
        }
        catch (Exception ex)
        {
            LogNoticeFailed(ex, DepartmentId, push.Kind, personId);
            return;
        }

        _ = call.ContinueWith(
            done =>
            {
                if (done.IsFaulted)
                {
                    LogNoticeFailed(done.Exception.GetBaseException(), DepartmentId, push.Kind, personId);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private readonly record struct PendingDispatch(string AgentId, Instant At);
}
