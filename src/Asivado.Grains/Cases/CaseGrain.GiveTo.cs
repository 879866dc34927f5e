using Asivado.Domain.Cases;
using Asivado.Grains.Access;
using Asivado.Grains.Common;

namespace Asivado.Grains.Cases;

public sealed partial class CaseGrain
{
    /// <summary>
    /// Assign when the case is queued, reassign when someone carries it: decided in this turn, against the assignee
    /// the change starts from, through the same access and ownership rule as <see cref="Execute"/>.
    /// </summary>
    public Task<GrainResult<CaseView>> GiveTo(string agentId, Actor by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        ArgumentNullException.ThrowIfNull(by);
        if (!Exists)
        {
            return Task.FromResult<GrainResult<CaseView>>(CaseNotFound());
        }

        var assignee = Current.Case!.AssigneeId;
        if (assignee == agentId)
        {
            return Task.FromResult<GrainResult<CaseView>>(Refusal(by, CaseAction.Assign(agentId))
                ?? GrainError.Conflict(agentId == by.Id ? "the case is already yours" : $"the case is already assigned to '{agentId}'"));
        }

        return Execute(assignee is null ? new AssignCase(Now, agentId) : new ReassignCase(Now, agentId), by);
    }
}
