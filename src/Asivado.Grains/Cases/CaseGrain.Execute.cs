using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Grains.Access;
using Asivado.Grains.Common;

namespace Asivado.Grains.Cases;

public sealed partial class CaseGrain
{
    public async Task AssignFromQueue(string agentId)
    {
        var result = await Execute(new AssignCase(Now, agentId), Actor.System);
        if (result.Error is { } error)
        {
            LogQueueAssignmentRefused(_logger, CaseId, agentId, error.Kind);
        }
    }

    public async Task<GrainResult<CaseView>> Execute(CaseCommand command, Actor by)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(by);
        if (!Exists)
        {
            return CaseNotFound();
        }

        if (Refusal(by, CaseAccess.ActionOf(command)) is { } forbidden)
        {
            return forbidden;
        }

        var now = Now;
        command = command with { At = now };
        if (command is ReferCase)
        {
            return GrainError.Invalid("command", "A referral carries an owner and a due date: use refer.");
        }

        var before = Current.Case!;
        var agentId = command switch
        {
            AssignCase assign => assign.AgentId,
            ReassignCase reassign => reassign.AgentId,
            _ => null,
        };
        if (!string.IsNullOrWhiteSpace(agentId) && !WorksIn(agentId, Current.DepartmentId))
        {
            return GrainError.Invalid("agentId", Organisation.CaseWorkers.Refusal(_directory.FindPerson(agentId), agentId, Current.DepartmentId));
        }

        if (command is AcknowledgeCase acknowledge
            && AcknowledgementPlanner.Plan(before.Channel, Current.Customer!.Contact).Refusal(acknowledge.Method) is { } wrongMethod)
        {
            return GrainError.Invalid("method", wrongMethod + ".");
        }

        var transition = CaseLifecycle.Apply(before, command);
        if (!transition.Succeeded)
        {
            return ToGrainError(transition.Error);
        }

        var change = new CaseChange(Current, now);
        change.SetCase(transition.State);
        var details = new HistoryDetails();
        if (command is AcknowledgeCase acknowledged)
        {
            var acknowledgement = Acknowledgement(acknowledged);
            if (!acknowledgement.Succeeded)
            {
                return acknowledgement.Error;
            }

            var record = acknowledgement.Value;
            change.Update(state => state with { Acknowledgement = record });
            details.Add("referredTo", record.ReferredTo).Add("ownerId", record.OwnerId).Add("referredDepartmentId", record.ReferredDepartmentId)
                .Add("expectedResponseAt", record.ExpectedResponseAt).Add("template", record.Message?.Template);
        }

        if (ApplyToDeadlines(change, command, details) is { } refused)
        {
            return refused;
        }

        var settlement = Settle(change, DeadlineSettlement.TargetsSettledBy(command));
        change.Record(by, command.Name, ReasonOf(command), details.Add(settlement).Build());
        AddAgentMessages(change, command, before, transition.State);
        await CommitAsync(change);
        LogCommandApplied(_logger, CaseId, command.Name, transition.State.Status);

        await AnnounceAsync();
        await DeliverAsync(change, Current.DepartmentId);

        return GrainResult<CaseView>.Ok(View());
    }

    /// <summary>Pause, resume, extend and first-contact resolution act on the clocks; the details name what they did.</summary>
    private GrainError? ApplyToDeadlines(CaseChange change, CaseCommand command, HistoryDetails details)
    {
        switch (command)
        {
            case AcknowledgeCase acknowledge:
                details.Add("method", acknowledge.Method.ToString());
                break;
            case AssignCase assign:
                details.Add("agentId", assign.AgentId);
                break;
            case ReassignCase reassign:
                details.Add("agentId", reassign.AgentId).Add("previousAgentId", Current.Case!.AssigneeId);
                break;
            case PauseCase pause:
                PauseClocks(change, pause.Reason);
                break;
            case ResumeCase:
                ResumeClocks(change);
                break;
            case ExtendCase extend:
                details.Add("newDueAt", extend.NewDueAt);
                return ExtendRespond(change, extend);
            case ResolveCase { OnFirstContact: true }:
                details.Add("onFirstContact", "true").Add("waived", WaiveOnFirstContact(change));
                break;
        }

        return null;
    }

    /// <summary>
    /// Assign: the new assignee carries the case. Reassign: the old one lets it go first. Resolve, decline and
    /// confirm: the assignee lets it go (reason: the new status). Reopen: the assignee carries it again. Anything
    /// else: a case-changed push to the assignee.
    /// </summary>
    private static void AddAgentMessages(CaseChange change, CaseCommand command, CaseState before, CaseState after)
    {
        var messages = change.AgentMessages;
        switch (command)
        {
            case AssignCase:
                messages.Add(new TrackOnAgent(after.AssigneeId!));
                break;
            case ReassignCase:
                messages.Add(new ReleaseFromAgent(before.AssigneeId!, "reassigned"));
                messages.Add(new TrackOnAgent(after.AssigneeId!));
                break;
            case ResolveCase or DeclineCase or ConfirmSatisfaction when after.AssigneeId is { } assignee:
                messages.Add(new ReleaseFromAgent(assignee, after.Status.ToString()));
                break;
            case ReopenCase when after.AssigneeId is { } assignee:
                messages.Add(new TrackOnAgent(assignee));
                break;
            case not (ResolveCase or DeclineCase or ConfirmSatisfaction or ReopenCase) when after.AssigneeId is { } assignee:
                messages.Add(new NotifyAgent(assignee, command.Name));
                break;
        }
    }

    private static string? ReasonOf(CaseCommand command) => command switch
    {
        PauseCase pause => pause.Reason,
        ExtendCase extend => extend.Reason,
        DeclineCase decline => string.Join("; ", decline.Reasons),
        ReopenCase reopen => reopen.Reason,
        _ => null,
    };
}
