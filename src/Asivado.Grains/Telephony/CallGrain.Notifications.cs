using System.Globalization;
using Asivado.Domain.Cases;
using Asivado.Domain.Escalation;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Departments;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Grains.Telephony;

/// <summary>
/// What the call tells others after its own change is written: outcomes to the department, the live call
/// to the agent, alerts to the people who can act. A failure here is logged and does not undo the change.
/// </summary>
public sealed partial class CallGrain
{
    private const string LiveCallSubject = "Live call";

    /// <summary>
    /// A breached answer target alerts the department's available agents and its leads (call-waiting; managers and
    /// admins get none, <see cref="Organisation.CaseWorkers"/>);
    /// a breached hold alerts the answering agent and the leads (over-hold). Each person is told once.
    /// Returns how many were alerted.
    /// </summary>
    private async Task<int> AlertAsync(CallTarget target)
    {
        if (_directory.FindDepartment(target.DepartmentId) is not { } department)
        {
            return 0;
        }

        var recipients = new List<(string PersonId, RecipientRole Role)>();
        string kind, text;
        var seconds = ((int)Math.Round((target.DueAt - target.Clock.StartedAt).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (target.TargetId == CallTargets.AnswerCall && State.Status == CallStatus.Ringing)
        {
            kind = ConsolePushKind.CallWaiting;
            text = $"Call waiting in {department.Name}: not answered within {seconds} s";
            var available = await AvailableAgentsAsync(department.Id);
            recipients.AddRange(available.Where(a => !department.LeadIds.Contains(a)).Distinct().Select(a => (a, RecipientRole.Assignee)));
        }
        else if (target.TargetId == CallTargets.Hold && State.Status == CallStatus.OnHold)
        {
            kind = ConsolePushKind.OverHold;
            text = $"Caller on hold for more than {seconds} s";
            if (State.AgentId is { } agentId)
            {
                recipients.Add((agentId, RecipientRole.Assignee));
            }
        }
        else
        {
            return 0;
        }

        recipients.AddRange(department.LeadIds.Where(l => recipients.All(r => r.PersonId != l)).Select(l => (l, RecipientRole.DepartmentLead)));
        await Task.WhenAll(recipients.Select(r => EscalateAsync(r.PersonId, new EscalationNotice(
            kind, null, CallId, department.Id, target.TargetId, EscalationLevel.Breach, null, r.Role, target.DueAt, target.DueAt, text))));
        return recipients.Count;
    }

    private async Task<IReadOnlyList<string>> AvailableAgentsAsync(string departmentId)
    {
        try
        {
            return await GrainFactory.GetGrain<IDepartmentGrain>(departmentId).GetAvailableAgents();
        }
        catch (Exception e)
        {
            LogNotificationFailed(e, CallId, "get-available-agents", departmentId);
            return [];
        }
    }

    private async Task EscalateAsync(string personId, EscalationNotice notice)
    {
        try
        {
            var result = await GrainFactory.GetGrain<IAgentGrain>(personId).Escalate(notice);
            if (!result.Succeeded)
            {
                LogNotificationRefused(CallId, notice.Kind, personId, result.Error.Kind);
            }
        }
        catch (Exception e)
        {
            LogNotificationFailed(e, CallId, notice.Kind, personId);
        }
    }

    private async Task ReportOutcomesAsync(IEnumerable<CallTarget> targets, Instant now)
    {
        foreach (var target in targets)
        {
            try
            {
                await GrainFactory.GetGrain<IDepartmentGrain>(target.DepartmentId)
                    .RecordOutcome(new DeadlineOutcome(WorkId, target.TargetId, target.State == DeadlineState.Met, target.DueAt, now));
            }
            catch (Exception e)
            {
                LogNotificationFailed(e, CallId, "record-outcome", target.DepartmentId);
            }
        }
    }

    /// <summary>A live call takes the whole agent: its weight is the agent's capacity.</summary>
    private async Task TrackCallOnAgentAsync(PersonDefinition agent, Instant now)
    {
        try
        {
            var result = await GrainFactory.GetGrain<IAgentGrain>(agent.Id)
                .TrackAssignment(new AgentAssignment(WorkId, Channel.Phone, agent.Capacity, now, null, LiveCallSubject));
            if (!result.Succeeded)
            {
                LogNotificationRefused(CallId, "track-assignment", agent.Id, result.Error.Kind);
            }
        }
        catch (Exception e)
        {
            LogNotificationFailed(e, CallId, "track-assignment", agent.Id);
        }
    }

    private async Task ReleaseCallFromAgentAsync(string agentId, string reason)
    {
        try
        {
            var result = await GrainFactory.GetGrain<IAgentGrain>(agentId).ReleaseAssignment(WorkId, reason);
            if (!result.Succeeded)
            {
                LogNotificationRefused(CallId, "release-assignment", agentId, result.Error.Kind);
            }
        }
        catch (Exception e)
        {
            LogNotificationFailed(e, CallId, "release-assignment", agentId);
        }
    }
}
