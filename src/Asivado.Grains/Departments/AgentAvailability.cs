using Asivado.Grains.Agents;

namespace Asivado.Grains.Departments;

/// <summary>What an agent grain reports to its department whenever its presence or load changes.</summary>
public sealed record AgentAvailability(string AgentId, AgentPresence Presence, int Capacity, int Load);
