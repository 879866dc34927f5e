using Asivado.Domain.Cases;
using Asivado.Domain.Deadlines;
using Asivado.Grains.Access;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Grains.Cases;

public sealed partial class CaseGrain
{
    /// <summary>The clocks an intake starts in its department (the call grain keeps a call's own targets).</summary>
    private IEnumerable<DeadlineClock> ClocksAtIntake(CaseIntake intake, DepartmentDefinition department, Instant receivedAt) =>
        _deadlines.Calculator
            .StartClocks(intake.Channel, intake.Kind, receivedAt, department.Policies, department.Calendar)
            .Where(clock => !CaseTargets.IsOwnedByCall(clock.TargetId));

    /// <summary>
    /// A replay answers what the first submission answered, and never more than <paramref name="by"/> may read now:
    /// the case as it was taken in (received, unassigned, its deadlines as they started), with the customer shown
    /// by the contact rule applied to the case as it is now; only its id when <paramref name="by"/> may not read the
    /// case now (an integration never may), or asked for the receipt only.
    /// </summary>
    private IntakeReceipt ReplayReceipt(Actor by, bool withCase)
    {
        var department = _directory.FindDepartment(Current.DepartmentId);
        var assignee = Current.Case!.AssigneeId;
        var mayRead = department is not null && CaseAccess.CanRead(by, department, assignee);
        return mayRead && withCase
            ? new IntakeReceipt(CaseId, Created: false, AsTakenIn(), ContactAccess.CanSeeCustomer(by, department!, assignee))
            : new IntakeReceipt(CaseId, Created: false, Case: null);
    }

    private CaseView AsTakenIn()
    {
        var intake = Current.Intake!;
        var received = Current.Case!.ReceivedAt;
        var department = _directory.FindDepartment(intake.DepartmentId);
        IReadOnlyList<CaseDeadline> deadlines = department is null ? [] : [.. ClocksAtIntake(intake, department, received).Select(CaseDeadline.For)];
        var nextDueAt = _deadlines.NextDueAt([.. deadlines]);
        return new CaseView(
            CaseId,
            intake.Channel,
            intake.Kind,
            intake.DepartmentId,
            AssigneeId: null,
            CaseLifecycle.Receive(CaseId, intake.Channel, intake.Kind, received).Status,
            IsPaused: false,
            intake.Customer,
            intake.Subject,
            intake.Description,
            received,
            Acknowledgement: null,
            Referral: null,
            Outcome: null,
            ClosedAt: null,
            ReopenCount: 0,
            [.. deadlines.Select(_deadlines.View)],
            nextDueAt,
            Version: 1,
            intake.CallId);
    }
}
