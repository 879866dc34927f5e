using System.Collections.Immutable;
using Asivado.Domain.Deadlines;
using Asivado.Domain.Escalation;
using Asivado.Domain.Policies;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>What the case grain asks about its deadlines: due instants, escalation steps, views. Pure; one per directory.</summary>
internal sealed class CaseDeadlines
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IOrganisationDirectory, CaseDeadlines> PerDirectory = [];

    private readonly IOrganisationDirectory _directory;

    private CaseDeadlines(IOrganisationDirectory directory) => _directory = directory;

    /// <summary>Shared by every case grain of the directory: a million open cases hold one, not a million.</summary>
    public static CaseDeadlines For(IOrganisationDirectory directory) => PerDirectory.GetValue(directory, static d => new CaseDeadlines(d));

    public DeadlineCalculator Calculator => _directory.Deadlines;

    public ServiceTarget Target(DeadlineClock clock) => _directory.Policies.Get(clock.Current.Policy).Target(clock.TargetId);

    /// <summary>Null while the clock is paused.</summary>
    public Instant? DueAt(CaseDeadline deadline) =>
        deadline.Clock is { } clock ? Calculator.DueAt(clock) : deadline.Committed!.CurrentDueAt;

    public IReadOnlyList<EscalationStep> Steps(CaseDeadline deadline) =>
        deadline.Clock is { } clock ? Calculator.EscalationSteps(clock) : deadline.Committed!.EscalationSteps();

    /// <summary>When the deadline's first escalation step falls due (the 50 % warning on the default ladder); null without steps.</summary>
    public Instant? FirstStepAt(CaseDeadline deadline)
    {
        Instant? first = null;
        foreach (var step in Steps(deadline))
        {
            first = first is null || step.DueAt < first ? step.DueAt : first;
        }

        return first;
    }

    /// <summary>The earliest step not yet sent, for the deadline's one durable deadline; null when it has none.</summary>
    public EscalationStep? NextStep(CaseDeadline deadline)
    {
        if (!deadline.IsOpen || deadline.IsPaused)
        {
            return null;
        }

        EscalationStep? next = null;
        var steps = Steps(deadline);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if ((next is null || step.DueAt < next.DueAt) && !deadline.HasFired(step.RuleName))
            {
                next = step;
            }
        }

        return next;
    }

    /// <summary>The steps due by <paramref name="now"/> and not yet sent, in due order.</summary>
    public IReadOnlyList<EscalationStep> DueSteps(CaseDeadline deadline, Instant now) =>
        deadline.IsOpen && !deadline.IsPaused
            ? [.. Steps(deadline).Where(step => step.DueAt <= now && !deadline.HasFired(step.RuleName)).OrderBy(step => step.DueAt)]
            : [];

    /// <summary>
    /// Steps already sent that fell due at or after <paramref name="from"/>: what a deadline delivered again had sent
    /// when it first fired (its row stays until the handler returned, so a silo lost meanwhile fires it again).
    /// </summary>
    public IReadOnlyList<EscalationStep> SentSteps(CaseDeadline deadline, Instant from) =>
        deadline.Fired.IsDefaultOrEmpty
            ? []
            : [.. Steps(deadline)
                .Where(step => step.DueAt >= from && deadline.Fired.Any(fired => fired.RuleName == step.RuleName && fired.StepDueAt == step.DueAt))
                .OrderBy(step => step.DueAt)];

    public static DeadlineState ViewState(CaseDeadline deadline) =>
        deadline.State == DeadlineState.Pending && deadline.IsPaused ? DeadlineState.Paused : deadline.State;

    /// <summary>The earliest due instant of the deadlines still pending (not breached, paused, settled or waived).</summary>
    public Instant? NextDueAt(ImmutableArray<CaseDeadline> deadlines) => NextPending(deadlines)?.DueAt;

    /// <summary>The pending deadline due first, with its due instant (<see cref="NextDueAt"/>).</summary>
    public (CaseDeadline Deadline, Instant DueAt)? NextPending(ImmutableArray<CaseDeadline> deadlines)
    {
        (CaseDeadline Deadline, Instant DueAt)? earliest = null;
        foreach (var deadline in deadlines)
        {
            if (ViewState(deadline) == DeadlineState.Pending && DueAt(deadline) is { } due && (earliest is null || due < earliest.Value.DueAt))
            {
                earliest = (deadline, due);
            }
        }

        return earliest;
    }

    public DeadlineView View(CaseDeadline deadline)
    {
        IReadOnlyList<EscalationLevel> fired = deadline.Fired.IsDefault ? [] : [.. deadline.Fired.Select(f => f.Level)];
        if (deadline.Clock is { } clock)
        {
            var target = Target(clock);
            return new DeadlineView(
                deadline.TargetId, target.Title, target.Clock, clock.StartedAt, Calculator.DueAt(clock),
                ViewState(deadline), deadline.SettledAt, fired, Calculator.Explain(clock));
        }

        var committed = deadline.Committed!;
        return new DeadlineView(
            deadline.TargetId, CommittedDeadline.Title, ClockKind.WallClock, committed.StartedAt, committed.CurrentDueAt,
            ViewState(deadline), deadline.SettledAt, fired, committed.Explain(_directory.Calendars.Get(committed.Calendar)));
    }
}
