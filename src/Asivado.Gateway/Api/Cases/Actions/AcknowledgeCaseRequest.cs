using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Api.Cases.Actions;

/// <summary>The customer was told the case was received, whom it went to and when to expect a response.</summary>
public sealed record AcknowledgeCaseRequest(ContactMethod? Method) : ICaseCommandRequest
{
    public void Validate(ValidationErrors errors, IOrganisationDirectory directory, Instant now) => errors.RequireDefined("method", Method);

    public CaseCommand ToCommand(Instant now) => new AcknowledgeCase(now, Method!.Value);
}
