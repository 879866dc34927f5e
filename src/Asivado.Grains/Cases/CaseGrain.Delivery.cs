using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;

namespace Asivado.Grains.Cases;

public sealed partial class CaseGrain
{
    /// <summary>
    /// Brings the department's queue in line with the case: TrackCase while the case is open, UntrackCase once it
    /// awaits the customer's confirmation or is closed (nothing is left for the department to pick up; a reopen
    /// tracks it again). When the department answers an agent for an unassigned case, the case assigns itself.
    /// </summary>
    private async Task AnnounceAsync(bool recordIntake = false)
    {
        var @case = Current.Case!;
        var departmentId = Current.DepartmentId;
        var department = GrainFactory.GetGrain<IDepartmentGrain>(departmentId);
        // Only feedback counts in the intake tallies (the department ignores the rest): no call for the others.
        if (recordIntake && @case.Kind is CaseKind.Praise or CaseKind.ConstructiveCriticism)
        {
            await TryAsync("RecordIntake", departmentId, () => department.RecordIntake(CaseId, @case.Kind, @case.ReceivedAt));
        }

        if (!@case.IsOpen)
        {
            await TryAsync("UntrackCase", departmentId, () => department.UntrackCase(CaseId));
            return;
        }

        var answer = await TryAsync("TrackCase", departmentId, () => department.TrackCase(QueueEntry()));
        _announcedInThisActivation |= answer is { Succeeded: true };
        if (answer?.Value?.AgentId is { } agentId && Current.Case!.AssigneeId is null)
        {
            await AutoAssignAsync(agentId);
        }
    }

    /// <summary>Assigns the case to the agent its department picked (and reserved capacity on), as the system.</summary>
    private async Task AutoAssignAsync(string agentId)
    {
        var change = new CaseChange(Current, Now);
        if (!TryAutoAssign(change, agentId))
        {
            return;
        }

        await CommitAsync(change);
        var department = GrainFactory.GetGrain<IDepartmentGrain>(Current.DepartmentId);
        await TryAsync("TrackCase", Current.DepartmentId, () => department.TrackCase(QueueEntry()));
        await DeliverAsync(change, Current.DepartmentId);
    }

    /// <summary>Adds the department's pick to <paramref name="change"/>: the assignment, its settlement and history entry.</summary>
    private bool TryAutoAssign(CaseChange change, string agentId)
    {
        var command = new AssignCase(change.At, agentId);
        var transition = CaseLifecycle.Apply(change.State.Case!, command);
        if (!WorksIn(agentId, change.State.DepartmentId) || !transition.Succeeded)
        {
            LogAutoAssignmentRefused(_logger, CaseId, change.State.DepartmentId, agentId);
            return false;
        }

        change.SetCase(transition.State);
        var settlement = Settle(change, DeadlineSettlement.TargetsSettledBy(command));
        change.Record(Actor.System, command.Name, "auto-assignment", new HistoryDetails()
            .Add("agentId", agentId)
            .Add(settlement)
            .Build());
        change.AgentMessages.Add(new TrackOnAgent(agentId));
        LogCaseAssigned(_logger, CaseId, agentId);
        return true;
    }

    /// <summary>
    /// Outcomes to the department, and to each agent its escalations then its assignment changes, in the order they
    /// were made; the department and the agents are told at the same time (each person's messages in order).
    /// </summary>
    /// <returns>False when an escalation did not reach its recipient (logged; the caller decides whether to retry).</returns>
    private async Task<bool> DeliverAsync(CaseChange change, string outcomeDepartmentId)
    {
        var deliveries = new List<Task> { RecordOutcomesAsync(change, outcomeDepartmentId) };
        var byPerson = new Dictionary<string, List<Func<Task>>>(StringComparer.Ordinal);
        var undelivered = 0;
        foreach (var delivery in change.Escalations)
        {
            // Escalate is idempotent per step, so a call lost with the agent's silo is sent again until a survivor takes it.
            Queue(byPerson, delivery.PersonId, async () =>
            {
                var answer = await TryAsync("Escalate", delivery.PersonId, () => ClusterRetry.RunAsync(() => GrainFactory.GetGrain<IAgentGrain>(delivery.PersonId).Escalate(delivery.Notice)));
                if (answer is null)
                {
                    Interlocked.Increment(ref undelivered);
                }
            });
        }

        foreach (var message in change.AgentMessages)
        {
            Queue(byPerson, message.AgentId, () => TellAgentAsync(message));
        }

        deliveries.AddRange(byPerson.Values.Select(InOrderAsync));
        await Task.WhenAll(deliveries);
        return undelivered == 0;

        static void Queue(Dictionary<string, List<Func<Task>>> byPerson, string personId, Func<Task> send)
        {
            if (!byPerson.TryGetValue(personId, out var sends))
            {
                byPerson[personId] = sends = [];
            }

            sends.Add(send);
        }

        static async Task InOrderAsync(List<Func<Task>> sends)
        {
            foreach (var send in sends)
            {
                await send();
            }
        }
    }

    private async Task RecordOutcomesAsync(CaseChange change, string departmentId)
    {
        var department = GrainFactory.GetGrain<IDepartmentGrain>(departmentId);
        foreach (var outcome in change.Outcomes)
        {
            await TryAsync("RecordOutcome", departmentId, () => department.RecordOutcome(outcome));
        }
    }

    private Task TellAgentAsync(AgentMessage message)
    {
        var agentId = message.AgentId;
        var agent = GrainFactory.GetGrain<IAgentGrain>(agentId);
        return message switch
        {
            TrackOnAgent => TryAsync("TrackAssignment", agentId, () => agent.TrackAssignment(Assignment(Now))),
            ReleaseFromAgent release => TryAsync("ReleaseAssignment", agentId, () => agent.ReleaseAssignment(CaseId, release.Reason)),
            NotifyAgent notify => TryAsync("Notify", agentId, () => agent.Notify(
                new ConsolePush(0, ConsolePushKind.CaseChanged, Now, CaseId, Current.DepartmentId, DueAt: _deadlines.NextDueAt(Current.Deadlines), Text: notify.Text))),
            _ => throw new ArgumentOutOfRangeException(nameof(message), message.GetType().Name, "Unknown agent message."),
        };
    }

    private async Task TryAsync(string call, string grainKey, Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception exception)
        {
            LogDeliveryFailed(_logger, exception, CaseId, call, grainKey);
        }
    }

    private async Task<GrainResult<T>?> TryAsync<T>(string call, string grainKey, Func<Task<GrainResult<T>>> send)
        where T : class
    {
        try
        {
            var result = await send();
            if (!result.Succeeded)
            {
                LogDeliveryRefused(_logger, CaseId, call, grainKey, result.Error.Kind);
            }

            return result;
        }
        catch (Exception exception)
        {
            LogDeliveryFailed(_logger, exception, CaseId, call, grainKey);
            return null;
        }
    }
}
