using System.Globalization;
using Asivado.Domain.Escalation;
using Asivado.Grains.Agents;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Grains.Runtime.Reminders;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// Escalation reminders: exactly one durable one-shot reminder per open, unpaused deadline, named
/// "sla:{targetId}", due at its earliest step not yet sent. When it fires, every step of that target due by now
/// and not yet sent is sent once, in order (after downtime several may be due); then the next one is registered.
/// </summary>
public sealed partial class CaseGrain
{
    private const string ReminderPrefix = ReminderNames.Prefix;

    // The state whose wanted reminders are known to be registered (null: unknown, read the table): the reminders
    // registered are then derived from it rather than kept, which a million open cases would pay for in memory.
    private CaseGrainState? _remindersSyncedWith;

    // A one-shot reminder that fired in this turn: the runtime removes it after the turn unless it is registered again.
    private string? _firedReminder;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _firedReminder = reminderName;
        var index = Exists && reminderName.StartsWith(ReminderPrefix, StringComparison.Ordinal)
            ? IndexOf(Current.Deadlines, reminderName[ReminderPrefix.Length..])
            : -1;
        if (index < 0)
        {
            LogStaleReminder(_logger, CaseId, reminderName);
            await UnregisterReminder(reminderName);
            return;
        }

        var now = Now;
        var change = new CaseChange(Current, now);
        if (FireDueSteps(change, index) == 0)
        {
            // Stale (the deadline moved, paused or settled since the reminder was set): only re-align the reminders.
            LogStaleReminder(_logger, CaseId, reminderName);
            await SyncRemindersAsync();
            return;
        }

        // The escalations go out while the next reminders are registered: the push waits for nothing but the write.
        // (Both only read the state; the reminder fields are the sync's alone.)
        await WriteAsync(change);
        await Task.WhenAll(SyncRemindersAsync(), DeliverAsync(change, Current.DepartmentId));
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

    /// <summary>Registers, moves or removes the "sla:" reminders so that each open, unpaused deadline has one, at its next step.</summary>
    private async Task SyncRemindersAsync()
    {
        var wanted = Wanted(Current);
        try
        {
            var registered = _remindersSyncedWith is { } synced
                ? Wanted(synced)
                : (await GetReminders())
                    .Where(reminder => reminder.Name.StartsWith(ReminderPrefix, StringComparison.Ordinal))
                    .ToDictionary(reminder => reminder.Name, reminder => Instant.FromDateTimeOffset(reminder.DueAt), StringComparer.Ordinal);
            if (_firedReminder is { } fired)
            {
                registered.Remove(fired);
            }

            // Sent together, so that a batching reminder table writes them in one round trip.
            var changes = new List<Task>();
            foreach (var (name, dueAt) in wanted)
            {
                if (!registered.TryGetValue(name, out var due) || due != dueAt)
                {
                    changes.Add(RegisterOrUpdateReminder(name, dueAt.ToDateTimeOffset()));
                }
            }

            changes.AddRange(registered.Keys.Where(name => !wanted.ContainsKey(name)).Select(UnregisterReminder));
            await Task.WhenAll(changes);
            _remindersSyncedWith = Current;
            _firedReminder = null;
        }
        catch
        {
            // Unknown which writes landed: read the table again next time.
            _remindersSyncedWith = null;
            throw;
        }
    }

    /// <summary>The "sla:" reminder each open, unpaused deadline of <paramref name="state"/> should have, at its next step.</summary>
    private Dictionary<string, Instant> Wanted(CaseGrainState state)
    {
        var wanted = new Dictionary<string, Instant>(StringComparer.Ordinal);
        foreach (var deadline in state.Deadlines)
        {
            if (_deadlines.NextStep(deadline) is { } step)
            {
                wanted[ReminderNames.For(deadline.TargetId)] = step.DueAt;
            }
        }

        return wanted;
    }
}
