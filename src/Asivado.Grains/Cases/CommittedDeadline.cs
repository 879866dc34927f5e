using Asivado.Domain.Calendars;
using Asivado.Domain.Deadlines;
using Asivado.Domain.Escalation;
using Asivado.Domain.Policies;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// The due date the committed owner of a referral to another department gave: a wall-clock deadline that is
/// not a policy target, so no calculator clock. It escalates once, at breach, to the owner and the new
/// department's leads. Pausing the case does not move it (it is a date promised, not a budget); settling
/// the substantive response settles it.
/// </summary>
/// <param name="Policy">The new department's first policy, named in the explanation.</param>
public sealed record CommittedDeadline(
    string OwnerId,
    string DepartmentId,
    Instant StartedAt,
    Instant DueAt,
    PolicyReference Policy,
    CalendarReference Calendar)
{
    public const string Title = "Referral: the committed owner responds by the committed date";

    public const string BreachRuleName = "breach";

    public IReadOnlyList<EscalationStep> EscalationSteps() =>
    [
        new(CaseTargets.Referral, Policy, BreachRuleName, EscalationLevel.Breach, 100, DueAt, DueAt,
            [RecipientRole.Assignee, RecipientRole.DepartmentLead]),
    ];

    /// <summary>Every second from the referral to the committed date counts (wall clock); nothing is skipped.</summary>
    public DeadlineExplanation Explain(BusinessCalendar calendar)
    {
        var budget = DueAt - StartedAt;
        return new DeadlineExplanation(
            CaseTargets.Referral,
            Title,
            $"committed by {OwnerId} for {DepartmentId}: due {DueAt}",
            ClockKind.WallClock,
            StartedAt,
            StartedAt,
            DueAt,
            budget,
            budget,
            Duration.Zero,
            Policy,
            Calendar,
            calendar.Zone.Id,
            calendar.BusinessDayLength,
            [new DeadlineBasis(Policy, Calendar, StartedAt, Duration.Zero)],
            [new OpenSpan(StartedAt, DueAt)],
            [],
            [],
            [],
            []);
    }
}
