using Asivado.Domain.Cases;
using Asivado.Domain.Contacts;
using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Api.Cases.Actions;

/// <summary>POST /api/cases/{id}/resolve: the resolution is delivered; <see cref="OnFirstContact"/> waives the written targets.</summary>
public sealed record ResolveCaseRequest(string? Resolution, bool? OnFirstContact) : ICaseCommandRequest
{
    public void Validate(ValidationErrors errors, IOrganisationDirectory directory, Instant now) => errors.RequireText("resolution", Resolution, IntakeRules.MaxDescriptionLength, TextLayout.MultiLine);

    public CaseCommand ToCommand(Instant now) => new ResolveCase(now, Resolution!, OnFirstContact ?? false);
}
