using Asivado.Gateway.Api.Validation;
using Asivado.Grains.Organisation;
using Asivado.Grains.Telephony;

namespace Asivado.Gateway.Api.Calls;

/// <summary>
/// POST /api/calls/{callId}/transferred: to exactly one of a department or an agent, and never without the
/// caller's callback number (seed policy: take the caller's number before transferring).
/// </summary>
public sealed record CallTransferredRequest(string? ToDepartmentId, string? ToAgentId, string? CallbackNumber)
{
    public void Validate(ValidationErrors errors, IOrganisationDirectory directory)
    {
        switch (ToDepartmentId, ToAgentId)
        {
            case (null, null):
                errors.Add("toDepartmentId", "give the department or the agent the call goes to");
                break;
            case (not null, not null):
                errors.Add("toDepartmentId", "give either the department or the agent, not both");
                break;
            case (not null, null):
                errors.RequireKnownDepartment("toDepartmentId", ToDepartmentId, directory);
                break;
            default:
                errors.RequireKnownPerson("toAgentId", ToAgentId, directory);
                break;
        }

        errors.RequirePhone("callbackNumber", CallbackNumber);
    }

    public CallTransfer ToTransfer() => new(ToDepartmentId, ToAgentId, CallbackNumber!);
}
