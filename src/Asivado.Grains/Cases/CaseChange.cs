using System.Collections.Immutable;
using Asivado.Domain.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// A change to a case while it is being built: the next state (written in one go, or dropped when the request
/// is refused), and what to tell others once it is persisted.
/// </summary>
internal sealed class CaseChange(CaseGrainState before, Instant at)
{
    public Instant At { get; } = at;

    public CaseGrainState State { get; private set; } = before;

    /// <summary>Settlements and breaches to report, once each, to the department that owned the case at the change.</summary>
    public List<DeadlineOutcome> Outcomes { get; } = [];

    public List<EscalationDelivery> Escalations { get; } = [];

    public List<AgentMessage> AgentMessages { get; } = [];

    /// <summary>The history entries this change adds, numbered on from the state's count.</summary>
    public List<CaseHistoryEntry> History { get; } = [];

    public void Update(Func<CaseGrainState, CaseGrainState> update) => State = update(State);

    public void SetCase(CaseState state) => State = State with { Case = state };

    public void SetDeadline(int index, CaseDeadline deadline) =>
        State = State with { Deadlines = State.Deadlines.SetItem(index, deadline) };

    public void Record(Actor actor, string action, string? reason, IReadOnlyDictionary<string, string> details)
    {
        var sequence = State.HistoryCount + 1;
        History.Add(new CaseHistoryEntry(sequence, At, actor.Id, actor.Role, action, reason, details));
        State = State with { History = (State.History.IsDefault ? [] : State.History).Add(History[^1]) };
    }

    public ImmutableArray<CaseDeadline> Deadlines => State.Deadlines;
}
