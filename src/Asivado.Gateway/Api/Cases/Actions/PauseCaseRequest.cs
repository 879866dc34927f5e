using Asivado.Domain.Cases;
using Asivado.Domain.Contacts;
using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Api.Cases.Actions;

/// <summary>POST /api/cases/{id}/pause: the case waits on the customer; its clocks stop.</summary>
public sealed record PauseCaseRequest(string? Reason) : ICaseCommandRequest
{
    public void Validate(ValidationErrors errors, IOrganisationDirectory directory, Instant now) => errors.RequireText("reason", Reason, FieldRules.MaxReasonLength, TextLayout.MultiLine);

    public CaseCommand ToCommand(Instant now) => new PauseCase(now, Reason!);
}
