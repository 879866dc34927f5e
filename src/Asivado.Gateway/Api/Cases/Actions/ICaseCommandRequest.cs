using Asivado.Domain.Cases;
using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Api.Cases.Actions;

/// <summary>The body of a case action that becomes one lifecycle command (POST /api/cases/{id}/{action}).</summary>
public interface ICaseCommandRequest
{
    /// <summary>Every check that needs no grain; the case grain checks the rest against the case.</summary>
    void Validate(ValidationErrors errors, IOrganisationDirectory directory, Instant now);

    /// <summary>Only after <see cref="Validate"/> found nothing. The grain stamps <see cref="CaseCommand.At"/> again with its own clock.</summary>
    CaseCommand ToCommand(Instant now);
}
