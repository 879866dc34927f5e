using System.Globalization;
using Asivado.Domain.Escalation;
using Asivado.Grains.Agents;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Orleans.Deadlines;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// Escalation deadlines: exactly one durable one-shot deadline per open, unpaused deadline, named
/// "sla:{targetId}", due at its earliest step not yet sent. When it fires, every step of that target due by now
/// and not yet sent is sent once, in order (after downtime several may be due); then the next one is scheduled.
/// A firing delivered again (the service delivers at least once) finds its steps sent and only re-aligns.
/// </summary>
public sealed partial class CaseGrain
{
    private const string DeadlinePrefix = DeadlineNames.Prefix;

    // The state whose wanted deadlines are known to be scheduled (null: unknown, ask the scheduler): what is
    // scheduled is then derived from it rather than kept, which a million open cases would pay for in memory.
    private CaseGrainState? _deadlinesSyncedWith;

    // The department answered this activation's TrackCase: the intake's settle deadline has nothing left to do.
    private bool _announcedInThisActivation;

    public async Task ReceiveDeadline(DeadlineFiring firing)
    {
        ArgumentNullException.ThrowIfNull(firing);
        var name = firing.Name;
        if (IntakeSettlement.IsSettlement(name, out var departmentId))
        {
            await ReceiveIntakeSettlementAsync(departmentId);
            return;
        }

        var index = Exists && name.StartsWith(DeadlinePrefix, StringComparison.Ordinal)
            ? IndexOf(Current.Deadlines, name[DeadlinePrefix.Length..])
            : -1;
        if (index < 0)
        {
            LogStaleDeadline(_logger, CaseId, name);
            await _scheduler.CancelAsync(this.GetGrainId(), name);
            return;
        }

        var change = new CaseChange(Current, Now);

        // A firing delivered again (its row stays where it fired until this handler returned: a silo lost, or a
        // recipient unreachable, before every push went out) sends the steps it had sent again first; Escalate is
        // idempotent per step, so a console that had them gets nothing twice.
        AddResends(change, index, Instant.FromDateTimeOffset(firing.DueAt));
        var resends = change.Escalations.Count;
        if (FireDueSteps(change, index) > 0)
        {
            await WriteAsync(change);
        }
        else if (resends == 0)
        {
            // Stale: the deadline moved, paused or settled since it was scheduled.
            LogStaleDeadline(_logger, CaseId, name);
            await SyncDeadlinesAsync();
            return;
        }

        // The pushes go out before the deadline moves on. One that did not reach its recipient fails the handler, so
        // the service delivers the deadline again after its retry delay and the step is sent again.
        if (!await DeliverAsync(change, Current.DepartmentId))
        {
            throw new InvalidOperationException($"Case {CaseId}: an escalation of deadline '{name}' did not reach its recipient; the deadline fires again.");
        }

        await SyncDeadlinesAsync();
    }

    /// <summary>Adds, for each step of the deadline already sent at or after <paramref name="firedFrom"/>, its deliveries.</summary>
    private void AddResends(CaseChange change, int index, Instant firedFrom)
    {
        var deadline = Current.Deadlines[index];
        foreach (var step in _deadlines.SentSteps(deadline, firedFrom))
        {
            foreach (var (personId, role) in Recipients(step, deadline))
            {
                change.Escalations.Add(new EscalationDelivery(personId, Notice(step, role)));
            }
        }
    }

    /// <returns>How many steps were sent.</returns>
    private int FireDueSteps(CaseChange change, int index)
    {
        var deadline = change.Deadlines[index];
        var due = _deadlines.DueSteps(deadline, change.At);
        foreach (var step in due)
        {
            deadline = deadline with
            {
                Fired = (deadline.Fired.IsDefault ? [] : deadline.Fired).Add(new FiredEscalation(step.RuleName, step.Level, step.PercentOfBudget, step.DueAt, change.At)),
            };
            if (step.Level == EscalationLevel.Breach && deadline.State == DeadlineState.Pending)
            {
                deadline = deadline with { State = DeadlineState.Breached };
                change.Outcomes.Add(new DeadlineOutcome(CaseId, deadline.TargetId, Met: false, step.DeadlineDueAt, change.At));
            }

            change.SetDeadline(index, deadline);
            change.Record(Actor.System, "escalation", null, new HistoryDetails()
                .Add("targetId", step.TargetId)
                .Add("rule", step.RuleName)
                .Add("level", step.Level.ToString())
                .Add("percent", step.PercentOfBudget?.ToString(CultureInfo.InvariantCulture))
                .Add("stepDueAt", step.DueAt)
                .Add("deadlineDueAt", step.DeadlineDueAt)
                .Build());
            foreach (var (personId, role) in Recipients(step, deadline))
            {
                change.Escalations.Add(new EscalationDelivery(personId, Notice(step, role)));
            }

            LogEscalationFired(_logger, CaseId, step.TargetId, step.RuleName, step.Level);
        }

        return due.Count;
    }

    /// <summary>
    /// Assignee: the case's assignee (for the referral deadline, its committed owner); without one, the department's
    /// leads stand in (as DepartmentLead). DepartmentLead: each lead. DepartmentManager: the manager. Each person once per step.
    /// </summary>
    private IEnumerable<(string PersonId, RecipientRole Role)> Recipients(EscalationStep step, CaseDeadline deadline)
    {
        var department = _directory.FindDepartment(Current.DepartmentId);
        var leads = department?.LeadIds ?? [];
        var recipients = new List<(string PersonId, RecipientRole Role)>();
        foreach (var role in step.Recipients)
        {
            IEnumerable<(string PersonId, RecipientRole Role)> people = role switch
            {
                RecipientRole.Assignee when (deadline.Committed?.OwnerId ?? Current.Case!.AssigneeId) is { } assignee =>
                    [(assignee, RecipientRole.Assignee)],
                RecipientRole.Assignee or RecipientRole.DepartmentLead => leads.Select(lead => (lead, RecipientRole.DepartmentLead)),
                RecipientRole.DepartmentManager when department?.ManagerId is { } manager => [(manager, RecipientRole.DepartmentManager)],
                _ => [],
            };
            recipients.AddRange(people.Where(person => recipients.All(known => known.PersonId != person.PersonId)));
        }

        return recipients;
    }

    private EscalationNotice Notice(EscalationStep step, RecipientRole role)
    {
        var percent = step.PercentOfBudget is { } value ? $" ({value}% of the budget)" : "";
        return new EscalationNotice(
            ConsolePushKind.Escalation,
            CaseId,
            CallId: null,
            Current.DepartmentId,
            step.TargetId,
            step.Level,
            step.PercentOfBudget,
            role,
            step.DueAt,
            step.DeadlineDueAt,
            $"Case {CaseId}: {step.Level} on '{step.TargetId}'{percent}; due {HistoryDetails.Format(step.DeadlineDueAt)}.");
    }

    /// <summary>Schedules, moves or cancels the "sla:" deadlines so that each open, unpaused deadline has one, at its next step.</summary>
    private async Task SyncDeadlinesAsync()
    {
        var wanted = Wanted(Current);
        try
        {
            var scheduled = _deadlinesSyncedWith is { } synced
                ? Wanted(synced)
                : (await _scheduler.GetAsync(this.GetGrainId()))
                    .Where(deadline => deadline.Name.StartsWith(DeadlinePrefix, StringComparison.Ordinal))
                    .ToDictionary(deadline => deadline.Name, deadline => Instant.FromDateTimeOffset(deadline.DueAt), StringComparer.Ordinal);

            var schedule = new List<ScheduledDeadline>();
            foreach (var (name, dueAt) in wanted)
            {
                if (!scheduled.TryGetValue(name, out var due) || due != dueAt)
                {
                    schedule.Add(new ScheduledDeadline(name, dueAt.ToDateTimeOffset()));
                }
            }

            var cancel = scheduled.Keys.Where(name => !wanted.ContainsKey(name)).ToList();
            if (schedule.Count > 0 || cancel.Count > 0)
            {
                // One call, so that the deadline table writes them in one round trip.
                await _scheduler.ApplyAsync(this.GetGrainId(), schedule, cancel);
            }

            _deadlinesSyncedWith = Current;
        }
        catch
        {
            // Unknown which writes landed: ask the scheduler again next time.
            _deadlinesSyncedWith = null;
            throw;
        }
    }

    /// <summary>The "sla:" deadline each open, unpaused deadline of <paramref name="state"/> should have, at its next step.</summary>
    private Dictionary<string, Instant> Wanted(CaseGrainState state)
    {
        var wanted = new Dictionary<string, Instant>(StringComparer.Ordinal);
        foreach (var deadline in state.Deadlines)
        {
            if (_deadlines.NextStep(deadline) is { } step)
            {
                wanted[DeadlineNames.For(deadline.TargetId)] = step.DueAt;
            }
        }

        return wanted;
    }
}
