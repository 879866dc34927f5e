using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Organisation;
using Asivado.Grains.Telephony;

namespace Asivado.Gateway.Api.Calls;

/// <summary>POST /api/calls/{callId}/offered: the call starts ringing at a department.</summary>
public sealed record CallOfferedRequest(string? DepartmentId, string? CallerNumber)
{
    public void Validate(ValidationErrors errors, IOrganisationDirectory directory)
    {
        errors.RequireKnownDepartment("departmentId", DepartmentId, directory);
        errors.OptionalPhone("callerNumber", CallerNumber);
    }

    public CallOffer ToOffer() => new(DepartmentId!, CallerNumber);
}
