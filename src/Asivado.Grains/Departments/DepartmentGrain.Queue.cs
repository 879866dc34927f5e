using Asivado.Grains.Common;

namespace Asivado.Grains.Departments;

/// <summary>Open cases, the queue and agent availability.</summary>
public sealed partial class DepartmentGrain
{
    public async Task<GrainResult<AutoAssignment>> TrackCase(QueueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_directory.FindDepartment(DepartmentId) is not { } department)
        {
            return GrainResult<AutoAssignment>.Ok(new AutoAssignment(null));
        }

        if (string.IsNullOrWhiteSpace(entry.CaseId))
        {
            return GrainError.Invalid("caseId", "A queue entry needs a case id.");
        }

        var now = Now;
        _openCases.TryGetValue(entry.CaseId, out var previous);
        var stored = entry;
        string? picked = null;
        if (entry.AssigneeId is null)
        {
            if (_dispatching.TryGetValue(entry.CaseId, out var pending) && now < pending.At + DispatchGuard)
            {
                // This department already sent the case its assignment; the case has not applied it yet.
                stored = entry with { AssigneeId = pending.AgentId };
            }
            else
            {
                _dispatching.Remove(entry.CaseId);
                picked = AssignmentPicker.Pick(Candidates(department));
                if (picked is not null)
                {
                    // Kept as assigned at once: the case assigns itself on this answer and need not report back.
                    Reserve(picked, now);
                    stored = entry with { AssigneeId = picked };
                }
            }
        }
        else
        {
            _dispatching.Remove(entry.CaseId);
            if (previous?.AssigneeId != entry.AssigneeId && _agents.TryGetValue(entry.AssigneeId, out var assignee))
            {
                assignee.LastAssignedAt = now;
                _agents.Set(entry.AssigneeId, assignee);
            }
        }

        if (picked is null && previous == stored)
        {
            // Nothing new, but what is here may still be on its way to storage (reentrant: another turn's write).
            await _queueWrites.WhenWrittenAsync();
            return GrainResult<AutoAssignment>.Ok(new AutoAssignment(null));
        }

        SetOpenCase(stored);
        await SaveAsync();
        if (QueueOrder.IsQueued(previous) || QueueOrder.IsQueued(stored))
        {
            ScheduleQueueNotice(department);
        }

        if (picked is not null)
        {
            LogAutoAssigned(DepartmentId, entry.CaseId, picked);
        }

        return GrainResult<AutoAssignment>.Ok(new AutoAssignment(picked));
    }

    public async Task UntrackCase(string caseId)
    {
        if (_directory.FindDepartment(DepartmentId) is not { } department || string.IsNullOrWhiteSpace(caseId))
        {
            return;
        }

        _dispatching.Remove(caseId);
        if (!_openCases.TryGetValue(caseId, out var removed))
        {
            await _queueWrites.WhenWrittenAsync();
            return;
        }

        RemoveOpenCase(caseId);

        await SaveAsync();
        if (QueueOrder.IsQueued(removed))
        {
            ScheduleQueueNotice(department);
        }
    }

    public async Task UpdateAgent(AgentAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        if (_directory.FindDepartment(DepartmentId) is not { } department)
        {
            return;
        }

        if (!IsMember(department, availability.AgentId) || !Enum.IsDefined(availability.Presence) || availability.Capacity < 0 || availability.Load < 0)
        {
            LogAgentReportIgnored(DepartmentId, availability.AgentId);
            return;
        }

        if (!_agents.TryGetValue(availability.AgentId, out var slot))
        {
            slot = new AgentSlot();
        }
        else if (slot.Presence == availability.Presence && slot.Capacity == availability.Capacity && slot.Load == availability.Load)
        {
            await _queueWrites.WhenWrittenAsync();
            return;
        }

        slot.Presence = availability.Presence;
        slot.Capacity = availability.Capacity;
        slot.Load = availability.Load;
        _agents.Set(availability.AgentId, slot);
        ScheduleForecast(department);
        await SaveAsync();
        if (slot.HasRoomForOneCase && QueueLength() > 0)
        {
            ScheduleDispatch();
        }
    }
}
