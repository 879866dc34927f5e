using Asivado.Domain.Cases;
using Asivado.Domain.Contacts;
using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Cases;
using Asivado.Grains.Organisation;
using NodaTime;

namespace Asivado.Gateway.Api.Cases.Actions;

/// <summary>
/// POST /api/cases/{id}/refer: to a department. To another department the grain requires a committed owner (a
/// person of that department) and a committed due date; within the department both are optional.
/// </summary>
public sealed record ReferCaseRequest(string? DepartmentId, string? OwnerId, Instant? CommittedDueAt, string? Note)
{
    public void Validate(ValidationErrors errors, IOrganisationDirectory directory, Instant now)
    {
        errors.RequireKnownDepartment("departmentId", DepartmentId, directory);
        if (OwnerId is not null)
        {
            errors.RequireKnownPerson("ownerId", OwnerId, directory);
        }

        if (CommittedDueAt is { } due && due <= now)
        {
            errors.Add("committedDueAt", "must be in the future");
        }
        else
        {
            errors.Within("committedDueAt", CommittedDueAt, CaseTimeLimits.Commitment(now));
        }

        errors.OptionalText("note", Note, FieldRules.MaxReasonLength, TextLayout.MultiLine);
    }

    public CaseReferralRequest ToReferral() => new(DepartmentId!, OwnerId, CommittedDueAt, Note);
}
