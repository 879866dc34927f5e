using Asivado.Domain.Cases;
using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Api.Cases.Actions;

/// <summary>POST /api/cases/{id}/reassign: a person of the case's department (the grain checks the department).</summary>
public sealed record ReassignCaseRequest(string? AgentId) : ICaseCommandRequest
{
    public void Validate(ValidationErrors errors, IOrganisationDirectory directory, Instant now) => errors.RequireKnownPerson("agentId", AgentId, directory);

    public CaseCommand ToCommand(Instant now) => new ReassignCase(now, AgentId!);
}
