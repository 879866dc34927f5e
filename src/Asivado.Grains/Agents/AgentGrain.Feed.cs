using Asivado.Grains.Common;

namespace Asivado.Grains.Agents;

/// <summary>The agent's console feed: escalations, informational pushes, acknowledgements, replay.</summary>
public sealed partial class AgentGrain
{
    public async Task<GrainResult<ConsolePush>> Escalate(EscalationNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (_directory.FindPerson(AgentId) is null)
        {
            return UnknownAgent();
        }

        if (!AgentFeed.IsAcknowledgeable(notice.Kind))
        {
            return GrainError.Invalid("kind", $"An escalation notice is of kind '{ConsolePushKind.Escalation}', '{ConsolePushKind.CallWaiting}' or '{ConsolePushKind.OverHold}'.");
        }

        var alert = new ConsolePush(
            0,
            notice.Kind,
            Now,
            notice.CaseId,
            notice.DepartmentId,
            notice.TargetId,
            notice.Level,
            notice.PercentOfBudget,
            notice.DeadlineDueAt,
            notice.CallId,
            notice.Text,
            notice.StepDueAt);
        if (Feed.FindSameStep(alert) is { } delivered)
        {
            return GrainResult<ConsolePush>.Ok(delivered);
        }

        var push = Feed.Append(alert);
        await SaveAsync();
        await PushAsync(push);
        return GrainResult<ConsolePush>.Ok(push);
    }

    public async Task<GrainResult<ConsolePush>> Notify(ConsolePush push)
    {
        ArgumentNullException.ThrowIfNull(push);
        if (_directory.FindPerson(AgentId) is null)
        {
            return UnknownAgent();
        }

        if (string.IsNullOrWhiteSpace(push.Kind))
        {
            return GrainError.Invalid("kind", "A push needs a kind.");
        }

        if (push.Kind == ConsolePushKind.PresenceChanged)
        {
            return GrainError.Invalid("kind", "Presence changes with SetPresence.");
        }

        ConsolePush stored;
        if (ConsolePushKind.IsSnapshot(push.Kind))
        {
            stored = push with { Sequence = 0, At = Now };
            State.Queues[push.DepartmentId ?? string.Empty] = stored;
            await SaveAsync(stateChanged: true);
        }
        else
        {
            stored = Feed.Append(push with { At = Now });
            await SaveAsync(stateChanged: FollowCase(stored));
        }

        await PushAsync(stored);
        return GrainResult<ConsolePush>.Ok(stored);
    }

    /// <summary>
    /// A case-changed push names the case's next deadline after the change (<see cref="ConsolePush.DueAt"/>): the case
    /// the agent carries takes it, so that "my cases" and the lead's view follow the case. True when it changed.
    /// </summary>
    private bool FollowCase(ConsolePush push)
    {
        if (push.Kind != ConsolePushKind.CaseChanged || push.CaseId is not { } caseId
            || !State.Assignments.TryGetValue(caseId, out var carried) || carried.NextDueAt == push.DueAt)
        {
            return false;
        }

        State.Assignments[caseId] = carried with { NextDueAt = push.DueAt };
        return true;
    }

    public async Task<GrainResult<AgentView>> AcknowledgeEscalation(long sequence, Actor by)
    {
        if (_directory.FindPerson(AgentId) is not { } person)
        {
            return UnknownAgent();
        }

        if (!MaySpeakFor(by))
        {
            return GrainError.Forbidden("Only the agent or an admin may acknowledge the agent's escalations.");
        }

        var escalation = Feed.Find(sequence);
        if (escalation is null || !AgentFeed.IsAcknowledgeable(escalation.Kind))
        {
            // Acknowledged escalations leave the feed with the other old pushes, so an old sequence is unknown.
            return GrainError.NotFound($"No escalation with sequence {sequence}.");
        }

        if (!Feed.Acknowledge(sequence))
        {
            return GrainError.Conflict($"Escalation {sequence} is already acknowledged.");
        }

        var push = Feed.Append(new ConsolePush(
            0,
            ConsolePushKind.EscalationAcknowledged,
            Now,
            escalation.CaseId,
            escalation.DepartmentId,
            escalation.TargetId,
            escalation.Level,
            CallId: escalation.CallId,
            Text: $"Escalation {sequence} acknowledged by {by.Id}."));
        await SaveAsync();
        await PushAsync(push);
        return GrainResult<AgentView>.Ok(View(person));
    }

    public async Task<GrainResult<AgentView>> CloseCallAlerts(string callId, string reason)
    {
        if (_directory.FindPerson(AgentId) is not { } person)
        {
            return UnknownAgent();
        }

        if (string.IsNullOrWhiteSpace(callId))
        {
            return GrainError.Invalid("callId", "Name the call whose alerts close.");
        }

        var open = Feed.OpenEscalations().Where(p => p.Kind == ConsolePushKind.CallWaiting && p.CallId == callId).ToList();
        if (open.Count == 0)
        {
            return GrainResult<AgentView>.Ok(View(person));
        }

        foreach (var alert in open)
        {
            Feed.Acknowledge(alert.Sequence);
        }

        var push = Feed.Append(new ConsolePush(0, ConsolePushKind.CallAlertClosed, Now, DepartmentId: open[^1].DepartmentId, CallId: callId, Text: reason));
        await SaveAsync();
        await PushAsync(push);
        return GrainResult<AgentView>.Ok(View(person));
    }

    public Task<FeedResume?> Resume(string? epoch, long lastSequence)
    {
        if (_directory.FindPerson(AgentId) is null || State.FeedEpoch is not { } current)
        {
            return Task.FromResult<FeedResume?>(null);
        }

        var sameStream = epoch is null || string.Equals(epoch, current, StringComparison.Ordinal);
        var after = sameStream ? lastSequence : 0;
        var truncated = !sameStream || !Feed.HasEverythingAfter(after);
        return Task.FromResult<FeedResume?>(new FeedResume(current, Feed.LastSequence, truncated, Feed.After(after), Snapshot()));
    }

    private AgentSnapshot Snapshot() => new(
        State.Presence,
        Feed.OpenEscalations(),
        [.. State.Queues.Values.OrderBy(q => q.DepartmentId, StringComparer.Ordinal)]);

    public Task<IReadOnlyList<ConsolePush>> GetPushesAfter(long sequence) =>
        Task.FromResult(_directory.FindPerson(AgentId) is null ? [] : Feed.After(sequence));
}
