using Asivado.Domain.Cases;
using Asivado.Domain.Contacts;
using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Api.Cases.Actions;

/// <summary>POST /api/cases/{id}/respond: the substantive response (analysis and proposed resolution).</summary>
public sealed record RespondToCaseRequest(string? Summary) : ICaseCommandRequest
{
    public void Validate(ValidationErrors errors, IOrganisationDirectory directory, Instant now) => errors.RequireText("summary", Summary, IntakeRules.MaxDescriptionLength, TextLayout.MultiLine);

    public CaseCommand ToCommand(Instant now) => new RespondToCase(now, Summary!);
}
