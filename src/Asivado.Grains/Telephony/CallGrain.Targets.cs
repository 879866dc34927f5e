using System.Collections.Immutable;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Organisation;
using Asivado.Orleans.Deadlines;
using NodaTime;

namespace Asivado.Grains.Telephony;

/// <summary>Starting, settling and timing the call's targets.</summary>
public sealed partial class CallGrain
{
    /// <summary>Starts <paramref name="targetId"/> under the first of the department's effective policies that has it; null when none does.</summary>
    private CallTarget? StartTarget(string targetId, DepartmentDefinition department, Instant now)
    {
        foreach (var reference in department.Policies)
        {
            if (_directory.Policies.Get(reference).Targets.Any(t => t.Id == targetId))
            {
                var clock = _directory.Deadlines.StartClock(targetId, now, reference, department.Calendar);
                var due = _directory.Deadlines.DueAt(clock)
                    ?? throw new InvalidOperationException($"A new {targetId} clock has no due instant.");
                return new CallTarget(targetId, department.Id, clock, due, DeadlineState.Pending, null);
            }
        }

        return null;
    }

    /// <summary>
    /// Stops every open target at <paramref name="now"/>: a pending one is met when now ≤ due, breached
    /// after (its timer had not run yet); an <paramref name="abandoned"/> ringing call before its due
    /// instant is waived. Returns the new targets and the ones whose first outcome is to be reported.
    /// </summary>
    private (ImmutableArray<CallTarget> Targets, IReadOnlyList<CallTarget> Outcomes) SettleOpenTargets(Instant now, bool abandoned)
    {
        var targets = State.Targets.ToBuilder();
        var outcomes = new List<CallTarget>();
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            if (target.State == DeadlineState.Pending)
            {
                var onTime = now <= target.DueAt;
                var settled = target with
                {
                    State = !onTime ? DeadlineState.Breached
                        : abandoned && target.TargetId == CallTargets.AnswerCall ? DeadlineState.Waived
                        : DeadlineState.Met,
                    SettledAt = now,
                };
                targets[i] = settled;
                if (settled.State != DeadlineState.Waived)
                {
                    outcomes.Add(settled);
                }
            }
            else if (target.IsOpen)
            {
                targets[i] = target with { SettledAt = now };
            }
        }

        return (targets.ToImmutable(), outcomes);
    }

    /// <summary>
    /// Keeps one durable deadline ("call-target"), due exactly at the pending target's instant, or none when nothing is
    /// pending. Durable, so a silo that dies while a call rings does not take the alert with it.
    /// </summary>
    private async Task SyncDeadlineAsync()
    {
        var pending = PendingTarget();
        Instant? wanted = pending >= 0 ? State.Targets[pending].DueAt : null;
        if (_deadlineSynced && wanted == _deadlineDue)
        {
            return;
        }

        _deadlineSynced = false;
        if (wanted is { } due)
        {
            await _scheduler.ScheduleAsync(this.GetGrainId(), TargetDeadline, due.ToDateTimeOffset());
        }
        else
        {
            await _scheduler.CancelAsync(this.GetGrainId(), TargetDeadline);
        }

        _deadlineDue = wanted;
        _deadlineSynced = true;
    }

    private int PendingTarget()
    {
        for (var i = State.Targets.Length - 1; i >= 0; i--)
        {
            if (State.Targets[i].State == DeadlineState.Pending)
            {
                return i;
            }
        }

        return -1;
    }

    public async Task ReceiveDeadline(DeadlineFiring firing)
    {
        ArgumentNullException.ThrowIfNull(firing);
        _deadlineSynced = false;
        var now = Now;
        var index = PendingTarget();
        if (firing.Name != TargetDeadline || index < 0 || State.Targets[index] is not { } target || now < target.DueAt)
        {
            // Stale (settled or moved since) or delivered again: only re-align.
            await SyncDeadlineAsync();
            return;
        }

        var breached = target with { State = DeadlineState.Breached };
        var alert = await PlanAlertAsync(breached);
        var waiting = alert?.Kind == ConsolePushKind.CallWaiting ? alert.Recipients.Select(r => r.PersonId).Except(State.AlertedIds) : [];
        await CommitAsync(State with { Targets = State.Targets.SetItem(index, breached), AlertedIds = State.AlertedIds.AddRange(waiting) });
        if (alert is not null)
        {
            await AlertAsync(alert, breached);
        }

        LogTargetBreached(CallId, breached.TargetId, breached.DepartmentId, breached.DueAt, alert?.Recipients.Count ?? 0);
        await ReportOutcomesAsync([breached], now);
    }
}
