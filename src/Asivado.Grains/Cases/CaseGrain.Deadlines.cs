using Asivado.Domain.Cases;
using Asivado.Domain.Deadlines;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Grains.Cases;

public sealed partial class CaseGrain
{
    /// <summary>
    /// Settles the open deadlines of <paramref name="targetIds"/> (see <see cref="DeadlineSettlement"/>): Met when
    /// settled by its due instant, else Breached; a deadline already breached keeps its state and gets its SettledAt.
    /// Each deadline's outcome is reported once: here when it turns Met or Breached, or when its breach step fired.
    /// </summary>
    private Settlement Settle(CaseChange change, IReadOnlyList<string> targetIds)
    {
        var settlement = new Settlement();
        var now = change.At;
        for (var i = 0; i < change.Deadlines.Length; i++)
        {
            var deadline = change.Deadlines[i];
            if (!deadline.IsOpen || !targetIds.Contains(deadline.TargetId))
            {
                continue;
            }

            // A settled clock stops counting; closing its pause here makes its due instant known.
            deadline = Resumed(deadline, now) with { SettledAt = now };
            var due = _deadlines.DueAt(deadline)!.Value;
            if (deadline.State == DeadlineState.Pending)
            {
                var met = now <= due;
                deadline = deadline with { State = met ? DeadlineState.Met : DeadlineState.Breached };
                change.Outcomes.Add(new DeadlineOutcome(CaseId, deadline.TargetId, met, due, now));
            }

            (deadline.State == DeadlineState.Met ? settlement.Met : settlement.Breached).Add(deadline.TargetId);
            change.SetDeadline(i, deadline);
        }

        return settlement;
    }

    /// <summary>
    /// The case waits on the customer: every open deadline stops, the policy targets' clocks and a referral's committed
    /// date alike (the domain README's pause rule). The one place a pause reaches the deadlines.
    /// </summary>
    private void PauseClocks(CaseChange change, string reason)
    {
        for (var i = 0; i < change.Deadlines.Length; i++)
        {
            var deadline = change.Deadlines[i];
            if (deadline.IsOpen && !deadline.IsPaused)
            {
                change.SetDeadline(i, deadline with
                {
                    Clock = deadline.Clock is { } clock ? _deadlines.Calculator.Pause(clock, change.At, reason) : null,
                    Committed = deadline.Committed?.Pause(change.At, reason),
                });
            }
        }
    }

    /// <summary>Every paused deadline resumes (a deadline settled while paused was already resumed when it settled).</summary>
    private void ResumeClocks(CaseChange change)
    {
        for (var i = 0; i < change.Deadlines.Length; i++)
        {
            if (change.Deadlines[i].IsPaused)
            {
                change.SetDeadline(i, Resumed(change.Deadlines[i], change.At));
            }
        }
    }

    private CaseDeadline Resumed(CaseDeadline deadline, Instant at) => deadline with
    {
        Clock = deadline.Clock is { IsPaused: true } clock ? _deadlines.Calculator.Resume(clock, at) : deadline.Clock,
        Committed = deadline.Committed is { IsPaused: true } committed ? committed.Resume(at) : deadline.Committed,
    };

    /// <summary>
    /// The extension moves the substantive response ("respond") to the new committed date. It must still be
    /// pending: a breach already happened and is not undone by a later promise.
    /// </summary>
    private GrainError? ExtendRespond(CaseChange change, ExtendCase extend)
    {
        var index = IndexOf(change.Deadlines, CaseTargets.Respond);
        if (index < 0 || change.Deadlines[index] is not { State: DeadlineState.Pending, IsOpen: true, Clock: { } clock } respond)
        {
            return GrainError.Conflict($"Case {CaseId} has no pending substantive-response deadline to extend.");
        }

        try
        {
            var extended = _deadlines.Calculator.Extend(clock, extend.NewDueAt, change.At, extend.Reason, extend.Notice!);
            change.SetDeadline(index, respond with { Clock = extended });
            return null;
        }
        catch (ArgumentException exception)
        {
            var field = exception.ParamName is "notice.toldAt" or "notice.toldBy" or "reason" ? exception.ParamName : "newDueAt";
            return GrainError.Invalid(field, exception.Message);
        }
        catch (InvalidOperationException exception)
        {
            return GrainError.Conflict(exception.Message);
        }
    }

    /// <summary>Resolved during the first contact: the open targets the policy marks as not needed then are waived.</summary>
    private List<string> WaiveOnFirstContact(CaseChange change)
    {
        var waived = new List<string>();
        for (var i = 0; i < change.Deadlines.Length; i++)
        {
            var deadline = change.Deadlines[i];
            if (deadline is { IsOpen: true, Clock: { } clock } && _deadlines.Target(clock).WaivedOnFirstContactResolution)
            {
                change.SetDeadline(i, deadline with { State = DeadlineState.Waived });
                waived.Add(deadline.TargetId);
            }
        }

        return waived;
    }

    /// <summary>
    /// On a referral to another department, and when a policy revision, override or calendar version is published
    /// (<see cref="Reapply"/>), the open clocks count on from now with the department's calendar and its policy for the
    /// same target (time consumed so far stays consumed: the domain's re-application rule); a target the department's
    /// policies lack keeps its basis, and a clock already on that basis is left as it is.
    /// </summary>
    private void MoveClocksTo(CaseChange change, DepartmentDefinition department) =>
        UpdateClocks(change, deadline => deadline.IsOpen, clock =>
        {
            var policy = department.Policies.FirstOrDefault(reference =>
                _directory.Policies.Get(reference).Targets.Any(target => target.Id == clock.TargetId));
            return policy is null ? clock : _deadlines.Calculator.Reapply(clock, change.At, policy, department.Calendar);
        });

    private static void UpdateClocks(CaseChange change, Func<CaseDeadline, bool> applies, Func<DeadlineClock, DeadlineClock> update)
    {
        for (var i = 0; i < change.Deadlines.Length; i++)
        {
            var deadline = change.Deadlines[i];
            if (deadline.Clock is { } clock && applies(deadline))
            {
                change.SetDeadline(i, deadline with { Clock = update(clock) });
            }
        }
    }

    private static int IndexOf(IReadOnlyList<CaseDeadline> deadlines, string targetId)
    {
        for (var i = 0; i < deadlines.Count; i++)
        {
            if (deadlines[i].TargetId == targetId)
            {
                return i;
            }
        }

        return -1;
    }
}
