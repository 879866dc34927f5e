using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Agents;

namespace Asivado.Gateway.Api.Agents;

/// <summary>PUT /api/agents/{id}/presence.</summary>
public sealed record PresenceRequest(AgentPresence? Presence)
{
    public void Validate(ValidationErrors errors) => errors.RequireDefined("presence", Presence);
}
