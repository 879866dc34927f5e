using Asivado.Domain.Contacts;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using Asivado.Orleans.Deadlines;
using Orleans.Concurrency;
using Asivado.Orleans.Persistence.Collections;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Asivado.Grains.Telephony;

/// <summary>
/// One phone call as the CTI reports it. The answer and hold limits are wall-clock targets from the
/// department's effective policies, each run by a durable deadline due exactly at its instant; when one
/// passes, the target is breached, the department counts it and the people who can act get an alert.
/// Every change is written before the call returns and before anyone is told; a refused event changes
/// nothing. The call only calls department and agent grains, which never call a call back.
/// </summary>
/// <remarks>
/// Decisions where the SLA text is silent: a call that ends while still ringing before its answer
/// target is due was abandoned by the caller: the target is <see cref="DeadlineState.Waived"/>, neither
/// met nor breached, and not reported to the department. A hold still open when the call ends or is
/// transferred is settled then (met if within the limit). Only a connected or held call can be
/// transferred; <see cref="CallStatus.Transferred"/> is not used as a resting state (a call transferred to
/// a department rings there, one transferred to an agent is connected to them; the transfers list keeps
/// the record). The pending target's deadline is durable (the deadline service's): it fires after a restart or on
/// another silo, at once when already due.
/// </remarks>
[GrainType("call")]
public sealed partial class CallGrain : Grain, ICallGrain
{
    private readonly IOrganisationDirectory _directory;
    private readonly IPersistentState<CallGrainState> _state;
    private readonly TimeProvider _time;
    private readonly ILogger<CallGrain> _logger;
    private const string TargetDeadline = "call-target";
    private readonly IDeadlineScheduler _scheduler;

    // The due instant of the scheduled "call-target" deadline, once known (null: none).
    private bool _deadlineSynced;
    private Instant? _deadlineDue;

    public CallGrain(
        IOrganisationDirectory directory,
        [PersistentState("call")] IPersistentState<CallGrainState> state,
        IDeadlineScheduler scheduler,
        TimeProvider time,
        ILogger<CallGrain> logger)
    {
        _scheduler = scheduler;
        _time = time;
        _directory = directory;
        _state = state;
        _logger = logger;
    }

    private string CallId => this.GetPrimaryKeyString();

    private string WorkId => $"call:{CallId}";

    private CallGrainState State => _state.State;

    private Instant Now => Instant.FromDateTimeOffset(_time.GetUtcNow());


    public Task<CallView?> Get() => Task.FromResult(State.Status is null ? null : View());

    public async Task<GrainResult<CallView>> Offer(CallOffer offer, Actor by)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (string.IsNullOrWhiteSpace(offer.DepartmentId) || _directory.FindDepartment(offer.DepartmentId) is not { } department)
        {
            return GrainError.Invalid("departmentId", $"Department '{offer.DepartmentId}' does not exist.");
        }

        var callerNumber = string.IsNullOrWhiteSpace(offer.CallerNumber) ? null : offer.CallerNumber.Trim();
        if (callerNumber is not null && !PhoneNumbers.IsPlausible(callerNumber))
        {
            return GrainError.Invalid("callerNumber", "The caller's number must be 6 to 20 digits, with only spaces, '+', '-', '(' and ')' besides.");
        }

        if (State.Status is { } status)
        {
            return status == CallStatus.Ringing && State.DepartmentId == department.Id
                ? GrainResult<CallView>.Ok(View())
                : GrainError.Conflict($"The call was already offered; it is {status} at department '{State.DepartmentId}'.");
        }

        var now = Now;
        if (StartTarget(CallTargets.AnswerCall, department, now) is not { } answer)
        {
            return GrainError.Invalid("departmentId", $"Department '{department.Id}' takes no calls: none of its policies has an '{CallTargets.AnswerCall}' target.");
        }

        await CommitAsync(new CallGrainState
        {
            Status = CallStatus.Ringing,
            DepartmentId = department.Id,
            CallerNumber = callerNumber,
            OfferedAt = now,
            Targets = [answer],
            LastEvent = CallEvents.Offer,
        });
        LogOffered(CallId, department.Id, answer.DueAt);
        return GrainResult<CallView>.Ok(View());
    }

    public async Task<GrainResult<CallView>> Answer(string agentId, Actor by)
    {
        if (string.IsNullOrWhiteSpace(agentId))
        {
            return GrainError.Invalid("agentId", "Name the agent who answered.");
        }

        if (State.Status is not { } status)
        {
            return NotOffered();
        }

        if (status == CallStatus.Connected && State.AgentId == agentId)
        {
            return GrainResult<CallView>.Ok(View());
        }

        if (status != CallStatus.Ringing)
        {
            return GrainError.Conflict($"Only a ringing call can be answered; the call is {status}.");
        }

        var department = _directory.FindDepartment(State.DepartmentId!);
        if (_directory.FindPerson(agentId) is not { } agent || department is null || !department.MemberIds.Contains(agentId))
        {
            return GrainError.Invalid("agentId", $"'{agentId}' is not a member of department '{State.DepartmentId}', where the call rings.");
        }

        await ConnectAsync(agent, CallEvents.Answer);
        return GrainResult<CallView>.Ok(View());
    }

    /// <remarks>
    /// Checked in this turn, in this order: a call never offered is unknown (404); only a case worker of the department
    /// where the call rings may take it (<see cref="CaseWorkers.WorksIn"/>; anyone else 403, whatever the call's state);
    /// only a ringing call can be taken (409), except by the person who already has it (a repeat).
    /// </remarks>
    public async Task<GrainResult<CallView>> Take(Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (State.Status is not { } status)
        {
            return GrainError.NotFound($"No call '{CallId}' has been offered.");
        }

        var person = _directory.FindPerson(by.Id);
        if (by.Role is not (ActorRole.Agent or ActorRole.Lead) || person is null
            || !CaseWorkers.WorksIn(person, _directory.FindDepartment(State.DepartmentId!)))
        {
            return GrainError.Forbidden($"You may not take call '{CallId}': {CaseWorkers.Refusal(person, by.Id, State.DepartmentId!)}");
        }

        if (status == CallStatus.Connected && State.AgentId == person.Id)
        {
            return GrainResult<CallView>.Ok(View());
        }

        if (status != CallStatus.Ringing)
        {
            return GrainError.Conflict(status == CallStatus.Ended
                ? $"Only a ringing call can be taken; call '{CallId}' has ended."
                : $"Only a ringing call can be taken; call '{CallId}' is {status}, with '{State.AgentId}'.");
        }

        await ConnectAsync(person, CallEvents.Take);
        return GrainResult<CallView>.Ok(View());
    }

    /// <summary>The ringing call is now <paramref name="agent"/>'s: its answer target settles, the call weighs on the agent, the alerts close.</summary>
    private async Task ConnectAsync(PersonDefinition agent, string callEvent)
    {
        var now = Now;
        var alerted = State.AlertedIds;
        var (targets, outcomes) = SettleOpenTargets(now, abandoned: false);
        await CommitAsync(State with
        {
            Status = CallStatus.Connected,
            AgentId = agent.Id,
            AnsweredAt = State.AnsweredAt ?? now,
            Targets = targets,
            LastEvent = callEvent,
            AlertedIds = [],
        });
        LogAnswered(CallId, agent.Id, State.DepartmentId!);
        await ReportOutcomesAsync(outcomes, now);
        await TrackCallOnAgentAsync(agent, now);
        await CloseAlertsAsync(alerted, $"Answered by {agent.Name}");
    }

    public async Task<GrainResult<CallView>> StartHold(Actor by)
    {
        switch (State.Status)
        {
            case null:
                return NotOffered();
            case CallStatus.OnHold:
                return GrainResult<CallView>.Ok(View());
            case not CallStatus.Connected:
                return GrainError.Conflict($"Only a connected call can be put on hold; the call is {State.Status}.");
        }

        var now = Now;
        var hold = _directory.FindDepartment(State.DepartmentId!) is { } department ? StartTarget(CallTargets.Hold, department, now) : null;
        await CommitAsync(State with
        {
            Status = CallStatus.OnHold,
            HoldCount = State.HoldCount + 1,
            Targets = hold is null ? State.Targets : State.Targets.Add(hold),
            LastEvent = CallEvents.StartHold,
        });
        return GrainResult<CallView>.Ok(View());
    }

    public async Task<GrainResult<CallView>> EndHold(Actor by)
    {
        if (State.Status is not { } status)
        {
            return NotOffered();
        }

        if (status == CallStatus.Connected && State.LastEvent == CallEvents.EndHold)
        {
            return GrainResult<CallView>.Ok(View());
        }

        if (status != CallStatus.OnHold)
        {
            return GrainError.Conflict($"Only a call on hold can be taken off hold; the call is {status}.");
        }

        var now = Now;
        var (targets, outcomes) = SettleOpenTargets(now, abandoned: false);
        await CommitAsync(State with { Status = CallStatus.Connected, Targets = targets, LastEvent = CallEvents.EndHold });
        await ReportOutcomesAsync(outcomes, now);
        return GrainResult<CallView>.Ok(View());
    }

    public async Task<GrainResult<CallView>> Transfer(CallTransfer transfer, Actor by)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        if (ValidateTransfer(transfer) is { } invalid)
        {
            return invalid;
        }

        var toDepartment = string.IsNullOrWhiteSpace(transfer.ToDepartmentId) ? null : _directory.FindDepartment(transfer.ToDepartmentId);
        var toAgent = string.IsNullOrWhiteSpace(transfer.ToAgentId) ? null : _directory.FindPerson(transfer.ToAgentId);
        var callback = transfer.CallbackNumber.Trim();
        if (State.Status is not { } status)
        {
            return NotOffered();
        }

        if (State.LastEvent == CallEvents.Transfer && State.Transfers[^1] is var last
            && last.ToDepartmentId == toDepartment?.Id && last.ToAgentId == toAgent?.Id && last.CallbackNumber == callback)
        {
            return GrainResult<CallView>.Ok(View());
        }

        if (status is not (CallStatus.Connected or CallStatus.OnHold))
        {
            return GrainError.Conflict($"Only a connected or held call can be transferred; the call is {status}.");
        }

        if (toAgent is not null && toAgent.Id == State.AgentId)
        {
            return GrainError.Conflict($"The call is already with '{toAgent.Id}'.");
        }

        var now = Now;
        var ringing = toDepartment is null ? null : StartTarget(CallTargets.AnswerCall, toDepartment, now);
        if (toDepartment is not null && ringing is null)
        {
            return GrainError.Invalid("toDepartmentId", $"Department '{toDepartment.Id}' takes no calls: none of its policies has an '{CallTargets.AnswerCall}' target.");
        }

        var (targets, outcomes) = SettleOpenTargets(now, abandoned: false);
        var previousAgent = State.AgentId;
        var record = new CallTransferView(now, State.DepartmentId!, toDepartment?.Id, toAgent?.Id, callback);
        await CommitAsync(State with
        {
            Status = ringing is null ? CallStatus.Connected : CallStatus.Ringing,
            DepartmentId = toDepartment?.Id ?? AgentDepartment(toAgent!),
            AgentId = toAgent?.Id,
            Targets = ringing is null ? targets : targets.Add(ringing),
            Transfers = State.Transfers.Add(record),
            LastEvent = CallEvents.Transfer,
        });
        LogTransferred(CallId, record.FromDepartmentId, State.DepartmentId!, toAgent?.Id);
        await ReportOutcomesAsync(outcomes, now);
        if (previousAgent is not null)
        {
            await ReleaseCallFromAgentAsync(previousAgent, toAgent is null ? $"Call transferred to {State.DepartmentId}" : "Call transferred to a colleague");
        }

        if (toAgent is not null)
        {
            await TrackCallOnAgentAsync(toAgent, now);
        }

        return GrainResult<CallView>.Ok(View());
    }

    public async Task<GrainResult<CallView>> End(Actor by)
    {
        if (State.Status is not { } status)
        {
            return NotOffered();
        }

        if (status == CallStatus.Ended)
        {
            return GrainResult<CallView>.Ok(View());
        }

        var now = Now;
        var alerted = State.AlertedIds;
        var (targets, outcomes) = SettleOpenTargets(now, abandoned: status == CallStatus.Ringing);
        await CommitAsync(State with { Status = CallStatus.Ended, EndedAt = now, Targets = targets, LastEvent = CallEvents.End, AlertedIds = [] });
        LogEnded(CallId, State.DepartmentId!);
        await ReportOutcomesAsync(outcomes, now);
        await CloseAlertsAsync(alerted, "The caller hung up");
        if (State.AgentId is { } agentId && status != CallStatus.Ringing)
        {
            await ReleaseCallFromAgentAsync(agentId, "Call ended");
        }

        return GrainResult<CallView>.Ok(View());
    }

    private static GrainError NotOffered() => GrainError.Conflict("The call has not been offered yet.");

    private GrainError? ValidateTransfer(CallTransfer transfer)
    {
        if (string.IsNullOrWhiteSpace(transfer.CallbackNumber))
        {
            return GrainError.Invalid("callbackNumber", "Take the caller's number before transferring, so they can be called back if need be.");
        }

        if (!PhoneNumbers.IsPlausible(transfer.CallbackNumber.Trim()))
        {
            return GrainError.Invalid("callbackNumber", "The callback number must be 6 to 20 digits, with only spaces, '+', '-', '(' and ')' besides.");
        }

        if (string.IsNullOrWhiteSpace(transfer.ToDepartmentId) == string.IsNullOrWhiteSpace(transfer.ToAgentId))
        {
            return GrainError.Invalid("toDepartmentId", "Give exactly one of toDepartmentId and toAgentId.");
        }

        if (!string.IsNullOrWhiteSpace(transfer.ToDepartmentId) && _directory.FindDepartment(transfer.ToDepartmentId) is null)
        {
            return GrainError.Invalid("toDepartmentId", $"Department '{transfer.ToDepartmentId}' does not exist.");
        }

        if (!string.IsNullOrWhiteSpace(transfer.ToAgentId) && _directory.FindPerson(transfer.ToAgentId) is null)
        {
            return GrainError.Invalid("toAgentId", $"Agent '{transfer.ToAgentId}' does not exist.");
        }

        return null;
    }

    private string AgentDepartment(PersonDefinition agent) =>
        _directory.FindDepartment(agent.DepartmentId) is not null ? agent.DepartmentId : State.DepartmentId!;

    /// <summary>Writes <paramref name="next"/> and makes it current, then aligns the timer with it; on failure nothing changed.</summary>
    private async Task CommitAsync(CallGrainState next)
    {
        var previous = _state.State;
        _state.State = next;
        try
        {
            await _state.WriteStateAsync();
        }
        catch
        {
            _state.State = previous;
            DeactivateOnIdle();
            throw;
        }

        await SyncDeadlineAsync();
    }

    private CallView View() => new(
        CallId,
        State.DepartmentId!,
        State.Status!.Value,
        State.AgentId,
        State.CallerNumber,
        State.OfferedAt,
        State.AnsweredAt,
        State.EndedAt,
        State.HoldCount,
        [.. State.Targets.Select(t => t.ToView())],
        [.. State.Transfers]);
}
