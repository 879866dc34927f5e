using System.Collections.Immutable;
using Asivado.Domain.Calendars;
using Asivado.Domain.Cases;
using Asivado.Domain.Escalation;
using Asivado.Domain.Policies;
using NodaTime;

namespace Asivado.Domain.Deadlines;

/// <summary>
/// The questions grains ask about deadlines. Pure and thread-safe: every method takes a
/// <see cref="DeadlineClock"/> (the persisted state) and returns a value or a new clock; policies
/// and calendars are looked up by the exact revision/version the clock references.
/// </summary>
public sealed class DeadlineCalculator(PolicyCatalog policies, CalendarCatalog calendars)
{
    /// <summary>One clock per target of the given policies that applies to this channel and kind.</summary>
    public IReadOnlyList<DeadlineClock> StartClocks(
        Channel channel, CaseKind kind, Instant receivedAt, IEnumerable<PolicyReference> policyReferences, CalendarReference calendar)
    {
        calendars.Get(calendar);
        return policyReferences
            .SelectMany(reference => policies.Get(reference).TargetsFor(channel, kind)
                .Select(target => StartClock(target.Id, receivedAt, reference, calendar)))
            .ToList();
    }

    /// <summary>Starts counting one target from <paramref name="startedAt"/> (e.g. the call started ringing).</summary>
    public DeadlineClock StartClock(string targetId, Instant startedAt, PolicyReference policy, CalendarReference calendar)
    {
        policies.Get(policy).Target(targetId);
        calendars.Get(calendar);
        return new DeadlineClock(targetId, startedAt, [new DeadlineBasis(policy, calendar, startedAt, Duration.Zero)], [], []);
    }

    /// <summary>The due instant (hot path); null while paused.</summary>
    public Instant? DueAt(DeadlineClock clock) => DueForBudget(clock, Budget(clock));

    public Deadline Compute(DeadlineClock clock)
    {
        var (policy, target, calendar) = Resolve(clock, clock.Current);
        var policyBudget = target.Budget.Resolve(calendar, policy.RingLength);
        var budget = policyBudget + clock.ExtendedBy;
        return new Deadline(clock.TargetId, target.Clock, clock.StartedAt, DueForBudget(clock, budget), policyBudget, budget, policy.Reference, calendar.Reference);
    }

    /// <summary>Budget time consumed from the start up to <paramref name="asOf"/>, pauses excluded.</summary>
    public Duration Consumed(DeadlineClock clock, Instant asOf)
    {
        var basis = clock.Current;
        var (_, target, calendar) = Resolve(clock, basis);
        return basis.ConsumedBefore + ClockMath.Consumed(calendar, target.Clock, basis.CountingFrom, asOf, clock.Pauses);
    }

    public DeadlineClock Pause(DeadlineClock clock, Instant at, string reason)
    {
        RequireText(reason, nameof(reason));
        if (clock.IsPaused)
        {
            throw new InvalidOperationException($"Target '{clock.TargetId}' is already paused since {clock.Pauses[^1].Start}.");
        }

        var earliest = clock.Pauses.IsDefaultOrEmpty ? clock.Current.CountingFrom : Max(clock.Current.CountingFrom, clock.Pauses[^1].End!.Value);
        if (at < earliest)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"A pause cannot start before {earliest}.");
        }

        return clock with { Pauses = Items(clock.Pauses).Add(new PausePeriod(at, null, reason)) };
    }

    public DeadlineClock Resume(DeadlineClock clock, Instant at)
    {
        if (!clock.IsPaused)
        {
            throw new InvalidOperationException($"Target '{clock.TargetId}' is not paused.");
        }

        var open = clock.Pauses[^1];
        if (at < open.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Resume cannot be before the pause started ({open.Start}).");
        }

        return clock with { Pauses = clock.Pauses.SetItem(clock.Pauses.Length - 1, open with { End = at }) };
    }

    /// <summary>
    /// Moves the deadline to a new committed date. Requires the record that the customer was told;
    /// the new date must add time on the target's clock. Rejected (nothing applied) while paused.
    /// </summary>
    public DeadlineClock Extend(DeadlineClock clock, Instant newDueAt, Instant recordedAt, string reason, CustomerNotice notice)
    {
        RequireText(reason, nameof(reason));
        ArgumentNullException.ThrowIfNull(notice);
        RequireText(notice.ToldBy, "notice.toldBy");
        if (notice.ToldAt > recordedAt)
        {
            throw new DeadlineArgumentException("notice.toldAt", $"The customer must have been told by the time the extension is recorded ({recordedAt}).");
        }

        var due = DueAt(clock) ?? throw new InvalidOperationException($"Target '{clock.TargetId}' is paused; resume it before extending.");
        if (newDueAt <= due)
        {
            throw new DeadlineArgumentException(nameof(newDueAt), $"The new date must be after the current deadline, {due}.");
        }

        var (_, target, calendar) = Resolve(clock, clock.Current);
        var added = ClockMath.Consumed(calendar, target.Clock, due, newDueAt, clock.Pauses);
        if (added <= Duration.Zero)
        {
            throw new DeadlineArgumentException(nameof(newDueAt), "The new date adds no open time on the department calendar: pick a date after the next opening hours.");
        }

        return clock with { Extensions = Items(clock.Extensions).Add(new DeadlineExtension(newDueAt, recordedAt, reason, notice, added)) };
    }

    /// <summary>
    /// Switches to a new policy revision and/or calendar version at <paramref name="at"/>: the time
    /// consumed so far (measured with the old basis) stays consumed; only the remainder is counted
    /// with the new one.
    /// </summary>
    public DeadlineClock Recalculate(DeadlineClock clock, Instant at, PolicyReference policy, CalendarReference calendar)
    {
        if (at < clock.Current.CountingFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"A recalculation cannot precede the current basis ({clock.Current.CountingFrom}).");
        }

        policies.Get(policy).Target(clock.TargetId);
        calendars.Get(calendar);
        var consumed = Consumed(clock, at);
        return clock with { Bases = clock.Bases.Add(new DeadlineBasis(policy, calendar, at, consumed)) };
    }

    /// <summary>
    /// Re-applies a published change (a policy revision, a department override, a calendar version) to a clock: when
    /// <paramref name="policy"/> and <paramref name="calendar"/> are what it already counts with, the clock is returned
    /// as it is (applying the same revision twice changes nothing); otherwise <see cref="Recalculate"/> at
    /// <paramref name="at"/>, so the time consumed stays consumed and only the remainder counts with the new basis.
    /// </summary>
    public DeadlineClock Reapply(DeadlineClock clock, Instant at, PolicyReference policy, CalendarReference calendar) =>
        clock.Current.Policy == policy && clock.Current.Calendar == calendar
            ? clock
            : Recalculate(clock, Max(at, clock.Current.CountingFrom), policy, calendar);

    /// <summary>The ladder's steps with exact due instants; empty while paused. Percentages are of the budget including extensions.</summary>
    public IReadOnlyList<EscalationStep> EscalationSteps(DeadlineClock clock)
    {
        var (policy, _, calendar) = Resolve(clock, clock.Current);
        var budget = Budget(clock);
        if (DueForBudget(clock, budget) is not { } due)
        {
            return [];
        }

        var steps = new List<EscalationStep>(policy.Escalation.Rules.Length);
        foreach (var rule in policy.Escalation.Rules)
        {
            Instant? at = rule.Level == EscalationLevel.AfterBreach
                ? calendar.Add(due, rule.AfterBreach!.Resolve(calendar, policy.RingLength))
                : DueForBudget(clock, Duration.FromTicks(budget.BclCompatibleTicks * rule.PercentOfBudget!.Value / 100));
            steps.Add(new EscalationStep(clock.TargetId, clock.Current.Policy, rule.Name, rule.Level, rule.PercentOfBudget, at!.Value, due, rule.Recipients));
        }

        return steps;
    }

    public DeadlineExplanation Explain(DeadlineClock clock)
    {
        var basis = clock.Current;
        var (policy, target, calendar) = Resolve(clock, basis);
        var policyBudget = target.Budget.Resolve(calendar, policy.RingLength);
        var budget = policyBudget + clock.ExtendedBy;
        var due = DueForBudget(clock, budget);
        var countedUntil = due ?? clock.Pauses[^1].Start;
        var counted = new List<OpenSpan>();
        var skipped = new List<SkippedPeriod>();
        foreach (var (start, end) in ClockMath.ActiveStretches(basis.CountingFrom, countedUntil, clock.Pauses))
        {
            if (target.Clock == ClockKind.WallClock)
            {
                counted.Add(new OpenSpan(start, end));
                continue;
            }

            var cursor = start;
            foreach (var span in calendar.OpenSpans(start, end))
            {
                if (span.Start > cursor)
                {
                    skipped.Add(Skipped(calendar, cursor, span.Start));
                }

                counted.Add(span);
                cursor = span.End;
            }
        }

        var holidays = target.Clock == ClockKind.BusinessTime && countedUntil > basis.CountingFrom
            ? calendar.HolidaysBetween(basis.CountingFrom, countedUntil)
            : [];
        return new DeadlineExplanation(
            clock.TargetId, target.Title, target.Budget.ToString(), target.Clock, clock.StartedAt, basis.CountingFrom, due,
            policyBudget, budget, basis.ConsumedBefore, policy.Reference, calendar.Reference, calendar.Zone.Id, calendar.BusinessDayLength,
            clock.Bases, counted, holidays, skipped, Items(clock.Pauses), Items(clock.Extensions));
    }

    private static SkippedPeriod Skipped(BusinessCalendar calendar, Instant start, Instant end)
    {
        var holidays = calendar.HolidaysBetween(start, end).Select(h => h.Name).ToList();
        return new SkippedPeriod(start, end, holidays.Count > 0 ? SkipReason.Holiday : SkipReason.OutsideOpeningHours, holidays);
    }

    private Duration Budget(DeadlineClock clock)
    {
        var (policy, target, calendar) = Resolve(clock, clock.Current);
        return target.Budget.Resolve(calendar, policy.RingLength) + clock.ExtendedBy;
    }

    private Instant? DueForBudget(DeadlineClock clock, Duration budget)
    {
        var bases = clock.Bases;
        var index = 0;
        while (index < bases.Length - 1 && bases[index + 1].ConsumedBefore < budget)
        {
            index++;
        }

        var basis = bases[index];
        var (_, target, calendar) = Resolve(clock, basis);
        return ClockMath.DueAfter(calendar, target.Clock, basis.CountingFrom, budget - basis.ConsumedBefore, clock.Pauses);
    }

    private (PolicyDocument Policy, ServiceTarget Target, BusinessCalendar Calendar) Resolve(DeadlineClock clock, DeadlineBasis basis)
    {
        var policy = policies.Get(basis.Policy);
        return (policy, policy.Target(clock.TargetId), calendars.Get(basis.Calendar));
    }

    private static ImmutableArray<T> Items<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static void RequireText(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"'{field}' is required.", field);
        }
    }
}
