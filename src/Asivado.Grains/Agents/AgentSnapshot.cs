namespace Asivado.Grains.Agents;

/// <summary>
/// An agent's routine state as latest values, not feed entries: presence, the escalations and call alerts still
/// open, and (for the agents and leads of a department, <see cref="Organisation.CaseWorkers.QueueWatchers"/>) the last queue notice of each department. A console that cannot resume exactly loads this.
/// </summary>
/// <param name="Queues">The latest queue-changed push per department (sequence 0: not a feed entry).</param>
public sealed record AgentSnapshot(
    AgentPresence Presence,
    IReadOnlyList<ConsolePush> OpenEscalations,
    IReadOnlyList<ConsolePush> Queues);
