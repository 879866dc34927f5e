using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Asivado.Domain.Calendars;
using Asivado.Domain.Deadlines;
using Asivado.Domain.Escalation;
using Asivado.Domain.Policies;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// The due date the committed owner of a referral to another department gave: a wall-clock deadline that is
/// not a policy target, so no calculator clock. It escalates once, at breach, to the owner and the new
/// department's leads. Pausing the case pauses it like every other clock of the case (<see cref="CommittedDates"/>:
/// unknown while paused, then later by the time paused); settling the substantive response settles it.
/// </summary>
/// <param name="DueAt">The date the owner committed to; <see cref="CurrentDueAt"/> is where pauses have moved it.</param>
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

    /// <summary>The case's pauses while this date was running.</summary>
    public ImmutableArray<PausePeriod> Pauses { get; init; } = [];

    [JsonIgnore]
    public bool IsPaused => CommittedDates.IsPaused(Pauses);

    /// <summary>Null while paused.</summary>
    [JsonIgnore]
    public Instant? CurrentDueAt => CommittedDates.DueAt(DueAt, Pauses);

    public CommittedDeadline Pause(Instant at, string reason) => this with { Pauses = CommittedDates.Pause(Pauses, at, reason) };

    public CommittedDeadline Resume(Instant at) => this with { Pauses = CommittedDates.Resume(Pauses, at) };

    /// <summary>None while paused.</summary>
    public IReadOnlyList<EscalationStep> EscalationSteps() => CurrentDueAt is { } due
        ? [new(CaseTargets.Referral, Policy, BreachRuleName, EscalationLevel.Breach, 100, due, due, [RecipientRole.Assignee, RecipientRole.DepartmentLead])]
        : [];

    /// <summary>Every second from the referral to the committed date counts (wall clock), except paused time; nothing else is skipped.</summary>
    public DeadlineExplanation Explain(BusinessCalendar calendar)
    {
        var due = CurrentDueAt;
        var budget = DueAt - StartedAt;
        return new DeadlineExplanation(
            CaseTargets.Referral,
            Title,
            $"committed by {OwnerId} for {DepartmentId}: due {DueAt}" + (Pauses.IsDefaultOrEmpty ? "" : ", later by the time the case was paused"),
            ClockKind.WallClock,
            StartedAt,
            StartedAt,
            due,
            budget,
            budget,
            Duration.Zero,
            Policy,
            Calendar,
            calendar.Zone.Id,
            calendar.BusinessDayLength,
            [new DeadlineBasis(Policy, Calendar, StartedAt, Duration.Zero)],
            [new OpenSpan(StartedAt, due ?? DueAt)],
            [],
            [],
            Pauses.IsDefault ? [] : Pauses,
            []);
    }
}
