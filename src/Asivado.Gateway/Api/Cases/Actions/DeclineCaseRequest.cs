using Asivado.Domain.Cases;
using Asivado.Domain.Contacts;
using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Api.Cases.Actions;

/// <summary>POST /api/cases/{id}/decline: the request cannot be accommodated, with at least one clear reason.</summary>
public sealed record DeclineCaseRequest(IReadOnlyList<string?>? Reasons) : ICaseCommandRequest
{
    public const int MaxReasons = 20;

    public void Validate(ValidationErrors errors, IOrganisationDirectory directory, Instant now)
    {
        if (Reasons is null || Reasons.Count == 0)
        {
            errors.Add("reasons", "at least one clear reason is required");
            return;
        }

        if (Reasons.Count > MaxReasons)
        {
            errors.Add("reasons", $"must hold at most {MaxReasons} reasons");
        }

        for (var i = 0; i < Reasons.Count; i++)
        {
            errors.RequireText($"reasons[{i}]", Reasons[i], FieldRules.MaxReasonLength, TextLayout.MultiLine);
        }
    }

    public CaseCommand ToCommand(Instant now) => new DeclineCase(now, [.. Reasons!.Select(reason => reason!)]);
}
