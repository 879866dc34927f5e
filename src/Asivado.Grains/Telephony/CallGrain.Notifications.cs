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
    /// Who a breached target alerts: a breached answer target, the department's available agents and its leads
    /// (call-waiting; managers and admins get none, <see cref="Organisation.CaseWorkers"/>); a breached hold, the
    /// answering agent and the leads (over-hold). Each person once. Null when the target alerts nobody (the call moved on).
    /// </summary>
    private async Task<CallAlert?> PlanAlertAsync(CallTarget target)
    {
        if (_directory.FindDepartment(target.DepartmentId) is not { } department)
        {
            return null;
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
            return null;
        }

        recipients.AddRange(department.LeadIds.Where(l => recipients.All(r => r.PersonId != l)).Select(l => (l, RecipientRole.DepartmentLead)));
        return new CallAlert(kind, department.Id, text, recipients);
    }

    private Task AlertAsync(CallAlert alert, CallTarget target) =>
        Task.WhenAll(alert.Recipients.Select(r => EscalateAsync(r.PersonId, new EscalationNotice(
            alert.Kind, null, CallId, alert.DepartmentId, target.TargetId, EscalationLevel.Breach, null, r.Role, target.DueAt, target.DueAt, alert.Text))));

    /// <summary>The call no longer waits: the call-waiting alerts of <paramref name="alerted"/> close, saying why.</summary>
    private Task CloseAlertsAsync(IEnumerable<string> alerted, string reason) =>
        Task.WhenAll(alerted.Select(async personId =>
        {
            try
            {
                var result = await GrainFactory.GetGrain<IAgentGrain>(personId).CloseCallAlerts(CallId, reason);
                if (!result.Succeeded)
                {
                    LogNotificationRefused(CallId, "close-call-alerts", personId, result.Error.Kind);
                }
            }
            catch (Exception e)
            {
                LogNotificationFailed(e, CallId, "close-call-alerts", personId);
            }
        }));

    private sealed record CallAlert(string Kind, string DepartmentId, string Text, IReadOnlyList<(string PersonId, RecipientRole Role)> Recipients);

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
