using Asivado.Domain.Cases;
using Asivado.Grains.Access;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Orleans.Deadlines;
using NodaTime;

namespace Asivado.Grains.Cases;

public sealed partial class CaseGrain
{
    public async Task<GrainResult<CaseView>> Open(CaseIntake intake, Actor by)
    {
        var opened = await OpenAsync(intake, by, $"Case {CaseId} was already opened with a different intake.", withCase: true, replay: false);
        return opened.Succeeded ? GrainResult<CaseView>.Ok(opened.Value.Case!) : opened.Error;
    }

    public Task<GrainResult<IntakeReceipt>> TakeIn(CaseIntake intake, Actor by, bool withCase = true) =>
        OpenAsync(intake, by, "The idempotency key was reused with a different request.", withCase, replay: true);

    /// <param name="replay">A retry answers as <see cref="ReplayReceipt"/> (an API caller's intake), not with the case as it is now.</param>
    private async Task<GrainResult<IntakeReceipt>> OpenAsync(CaseIntake intake, Actor by, string conflictMessage, bool withCase, bool replay)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(by);
        if (Exists)
        {
            if (!Equals(Current.Intake, intake))
            {
                return GrainError.Conflict(conflictMessage);
            }

            // A retry: finish whatever a first attempt that stopped after persisting left undone (all idempotent).
            LogRetry(_logger, CaseId);
            await SettleIntakeAsync();
            return GrainResult<IntakeReceipt>.Ok(replay ? ReplayReceipt(by, withCase) : new IntakeReceipt(CaseId, Created: false, View()));
        }

        var now = Now;
        if (CaseIntakeValidator.Validate(intake, _directory, now) is { } invalid)
        {
            return invalid;
        }

        var department = _directory.FindDepartment(intake.DepartmentId)!;

        // Up to the tolerated clock skew ahead: counts as now, so that no command is "before the case was received".
        var receivedAt = intake.ReceivedAt is { } given && given < now ? given : now;
        var clocks = ClocksAtIntake(intake, department, receivedAt);
        var opened = new CaseGrainState
        {
            Case = CaseLifecycle.Receive(CaseId, intake.Channel, intake.Kind, receivedAt),
            Intake = intake,
            DepartmentId = department.Id,
            Deadlines = [.. clocks.Select(CaseDeadline.For)],
        };
        var change = new CaseChange(opened, now);
        change.Record(by, "open", null, new HistoryDetails()
            .Add("channel", intake.Channel.ToString())
            .Add("kind", intake.Kind.ToString())
            .Add("departmentId", department.Id)
            .Add("receivedAt", receivedAt)
            .Add("callId", intake.CallId)
            .Add("targets", [.. opened.Deadlines.Select(d => d.TargetId)])
            .Build());

        // Deadlines first, so that a stored case always has them: if the write then fails, they fire for no case and
        // are dropped. The settle deadline squares the department with the case should this activation end first.
        await ScheduleOpeningDeadlinesAsync(opened, now);
        await StoreNewCaseAsync(change);
        LogCaseOpened(_logger, CaseId, department.Id, intake.Channel, intake.Kind);
        return GrainResult<IntakeReceipt>.Ok(new IntakeReceipt(CaseId, Created: true, withCase ? View() : null, ContactAccess.CanSeeCustomer(by, department, null)));
    }

    /// <summary>
    /// A new case in one write: its department is asked first (it queues the case and may pick an agent, reserving
    /// room), the pick joins the same change, and the case is stored once with both history entries. Should the write
    /// fail the department forgets the case again; should this activation end between the two, the settle deadline
    /// does (<see cref="IntakeSettlement"/>).
    /// </summary>
    private async Task StoreNewCaseAsync(CaseChange change)
    {
        var departmentId = change.State.DepartmentId;
        var department = GrainFactory.GetGrain<IDepartmentGrain>(departmentId);
        var answer = await TryAsync("TrackCase", departmentId, () => department.TrackCase(QueueEntryOf(change.State)));
        var assigned = answer?.Value?.AgentId is { } agentId && TryAutoAssign(change, agentId);
        try
        {
            await WriteAsync(change);
        }
        catch
        {
            await TryAsync("UntrackCase", departmentId, () => department.UntrackCase(CaseId));
            throw;
        }

        _announcedInThisActivation = answer is { Succeeded: true };
        if (Current.Case!.Kind is CaseKind.Praise or CaseKind.ConstructiveCriticism)
        {
            await TryAsync("RecordIntake", departmentId, () => department.RecordIntake(CaseId, Current.Case.Kind, Current.Case.ReceivedAt));
        }

        if (assigned)
        {
            // The assignment settled the forwarding target: its deadline goes, and the department's entry shows the next one.
            await SyncDeadlinesAsync();
            await TryAsync("TrackCase", departmentId, () => department.TrackCase(QueueEntry()));
            await DeliverAsync(change, departmentId);
        }
    }

    /// <summary>
    /// Finishes whatever an intake that stopped after storing the case left undone (all idempotent): its deadlines, the
    /// department's queue, the assignee's list. Run by a retry of the intake and by the settle deadline.
    /// </summary>
    private async Task SettleIntakeAsync()
    {
        await SyncDeadlinesAsync();
        await AnnounceAsync(recordIntake: true);
        if (Current.Case!.IsOpen && Current.Case.AssigneeId is { } assignee)
        {
            await TellAgentAsync(new TrackOnAgent(assignee));
        }
    }

    /// <summary>The new case's deadlines and its settle deadline, in one call to the scheduler (one round trip to the table).</summary>
    private async Task ScheduleOpeningDeadlinesAsync(CaseGrainState opened, Instant now)
    {
        var schedule = Wanted(opened)
            .Select(wanted => new ScheduledDeadline(wanted.Key, wanted.Value.ToDateTimeOffset()))
            .Append(new ScheduledDeadline(IntakeSettlement.NameFor(opened.DepartmentId), (now + IntakeSettlement.Delay).ToDateTimeOffset()))
            .ToList();
        _deadlinesSyncedWith = null;
        await _scheduler.ApplyAsync(this.GetGrainId(), schedule, []);
        _deadlinesSyncedWith = opened;
    }

    /// <summary>
    /// The settle deadline fired: a later activation than the intake's (a crash, a restart) finishes the intake; the
    /// intake's own activation, its work done, goes (<see cref="IntakeSettlement"/>).
    /// </summary>
    private async Task ReceiveIntakeSettlementAsync(string? departmentId)
    {
        if (!Exists)
        {
            // The department heard of a case that was never stored (the write failed or the activation ended first).
            if (departmentId is not null)
            {
                await TryAsync("UntrackCase", departmentId, () => GrainFactory.GetGrain<IDepartmentGrain>(departmentId).UntrackCase(CaseId));
            }

            DeactivateOnIdle();
            return;
        }

        if (_announcedInThisActivation)
        {
            DeactivateOnIdle();
            return;
        }

        LogIntakeSettled(_logger, CaseId);
        await SettleIntakeAsync();
    }
}
