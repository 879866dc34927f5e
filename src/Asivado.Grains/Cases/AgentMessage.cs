namespace Asivado.Grains.Cases;

/// <summary>What an agent grain is told after a change to one of its cases.</summary>
internal abstract record AgentMessage(string AgentId);

/// <summary>The case is (again) on the agent: TrackAssignment.</summary>
internal sealed record TrackOnAgent(string AgentId) : AgentMessage(AgentId);

/// <summary>The case left the agent: ReleaseAssignment with the reason.</summary>
internal sealed record ReleaseFromAgent(string AgentId, string Reason) : AgentMessage(AgentId);

/// <summary>Something changed on the agent's case: a case-changed push with the command name and the case's next deadline now.</summary>
internal sealed record NotifyAgent(string AgentId, string Text) : AgentMessage(AgentId);
