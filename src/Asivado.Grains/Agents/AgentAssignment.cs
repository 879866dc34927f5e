using Asivado.Domain.Cases;
using NodaTime;

namespace Asivado.Grains.Agents;

/// <summary>A case (or a live call) an agent carries; <see cref="Weight"/> counts against capacity.</summary>
/// <param name="WorkId">A case id, or "call:{callId}" for a live call.</param>
public sealed record AgentAssignment(string WorkId, Channel Channel, int Weight, Instant AssignedAt, Instant? NextDueAt, string Subject);
