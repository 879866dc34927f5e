using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Organisation;

namespace Asivado.Gateway.Api.Calls;

/// <summary>POST /api/calls/{callId}/answered: who picked up (a person of the ringing department; the grain checks which).</summary>
public sealed record CallAnsweredRequest(string? AgentId)
{
    public void Validate(ValidationErrors errors, IOrganisationDirectory directory) => errors.RequireKnownPerson("agentId", AgentId, directory);
}
