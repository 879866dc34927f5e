using System.Collections.Immutable;
using NodaTime;

namespace Asivado.Domain.Cases;

/// <summary>
/// The case state machine (see the domain README for the diagram). <see cref="Apply"/> is a pure
/// function: it returns the next state, or a typed error and leaves the state as it was.
/// </summary>
public static class CaseLifecycle
{
    private static readonly CaseStatus[] Unassigned = [CaseStatus.Received, CaseStatus.Acknowledged, CaseStatus.Referred];
    private static readonly CaseStatus[] Working = [CaseStatus.Received, CaseStatus.Acknowledged, CaseStatus.Referred, CaseStatus.InProgress];
    private static readonly CaseStatus[] Answerable = [CaseStatus.Acknowledged, CaseStatus.Referred, CaseStatus.InProgress, CaseStatus.Responded];

    public static CaseState Receive(string caseReference, Channel channel, CaseKind kind, Instant receivedAt)
    {
        if (string.IsNullOrWhiteSpace(caseReference))
        {
            throw new ArgumentException("'caseReference' is required.", nameof(caseReference));
        }

        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown case kind.");
        }

        return new CaseState(caseReference, channel, kind, receivedAt, CaseStatus.Received);
    }

    public static CaseTransition Apply(CaseState state, CaseCommand command)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        if (command.At < state.ReceivedAt)
        {
            return Invalid(state, command, "at", $"must not be before the case was received ({state.ReceivedAt})");
        }

        return command switch
        {
            AcknowledgeCase c => Acknowledge(state, c),
            ReferCase c => Require(state, c, c.DepartmentId, "departmentId")
                ?? When(state, c, [CaseStatus.Received, CaseStatus.Acknowledged, CaseStatus.Referred], () => state with
                {
                    Status = CaseStatus.Referred,
                    Referral = new CaseReferral(c.At, c.DepartmentId),
                }),
            AssignCase c => Require(state, c, c.AgentId, "agentId")
                ?? When(state, c, Unassigned, () => state with { Status = CaseStatus.InProgress, AssigneeId = c.AgentId }),
            ReassignCase c => Reassign(state, c),
            PauseCase c => Require(state, c, c.Reason, "reason")
                ?? (state.IsPaused ? Conflict(state, c, "the case is already paused") : null)
                ?? When(state, c, [.. Working, CaseStatus.Responded], () => state with { IsPaused = true }),
            ResumeCase c => state.IsPaused
                ? To(state with { IsPaused = false })
                : Conflict(state, c, "the case is not paused"),
            RespondToCase c => Require(state, c, c.Summary, "summary")
                ?? NotPaused(state, c)
                ?? When(state, c, [CaseStatus.InProgress], () => state with { Status = CaseStatus.Responded, RespondedAt = c.At }),
            ExtendCase c => Extend(state, c),
            ResolveCase c => Resolve(state, c),
            DeclineCase c => Decline(state, c),
            ConfirmSatisfaction c => When(state, c, [CaseStatus.AwaitingConfirmation], () => state with { Status = CaseStatus.Closed, ClosedAt = c.At }),
            ReopenCase c => Require(state, c, c.Reason, "reason")
                ?? When(state, c, [CaseStatus.AwaitingConfirmation, CaseStatus.Closed], () => state with
                {
                    Status = state.AssigneeId is not null ? CaseStatus.InProgress
                        : state.Referral is not null ? CaseStatus.Referred
                        : CaseStatus.Received,
                    Outcome = null,
                    ClosedAt = null,
                    RespondedAt = null,
                    IsPaused = false,
                    ReopenCount = state.ReopenCount + 1,
                }),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown case command."),
        };
    }

    private static CaseTransition Acknowledge(CaseState state, AcknowledgeCase c)
    {
        if (!Enum.IsDefined(c.Method))
        {
            return Invalid(state, c, "method", $"'{c.Method}' is not a contact method");
        }

        if (state.Acknowledgement is not null)
        {
            return Conflict(state, c, $"the case was already acknowledged at {state.Acknowledgement.At}");
        }

        // Acknowledging after the referral is normal: the acknowledgement names who the case went to.
        return When(state, c, Working, () => state with
        {
            Status = state.Status == CaseStatus.Received ? CaseStatus.Acknowledged : state.Status,
            Acknowledgement = new CaseAcknowledgement(c.At, c.Method),
        });
    }

    private static CaseTransition Reassign(CaseState state, ReassignCase c)
    {
        if (Require(state, c, c.AgentId, "agentId") is { } invalid)
        {
            return invalid;
        }

        if (state.AssigneeId is null)
        {
            return Conflict(state, c, "the case has no assignee yet; use assign");
        }

        if (state.AssigneeId == c.AgentId)
        {
            return Invalid(state, c, "agentId", $"the case is already assigned to '{c.AgentId}'");
        }

        return When(state, c, [CaseStatus.InProgress, CaseStatus.Responded], () => state with { AssigneeId = c.AgentId });
    }

    private static CaseTransition Extend(CaseState state, ExtendCase c)
    {
        if (Require(state, c, c.Reason, "reason") is { } invalid)
        {
            return invalid;
        }

        if (c.Notice is null)
        {
            return Invalid(state, c, "notice", "an extension requires the record that the customer was told the new date");
        }

        if (c.Notice.ToldAt > c.At)
        {
            return Invalid(state, c, "notice.toldAt", "the customer must have been told before the extension is recorded");
        }

        if (c.NewDueAt <= c.At)
        {
            return Invalid(state, c, "newDueAt", "must be in the future");
        }

        return NotPaused(state, c) ?? When(state, c, Working, () => state);
    }

    private static CaseTransition Resolve(CaseState state, ResolveCase c)
    {
        if ((Require(state, c, c.Resolution, "resolution") ?? NotPaused(state, c)) is { } invalid)
        {
            return invalid;
        }

        CaseStatus[] allowed = c.OnFirstContact ? [CaseStatus.Received] : [CaseStatus.InProgress, CaseStatus.Responded];
        return When(state, c, allowed, () => state with
        {
            Status = CaseStatus.AwaitingConfirmation,
            Outcome = new CaseOutcome(c.At, OutcomeKind.Resolved, c.Resolution, [], c.OnFirstContact),
        });
    }

    private static CaseTransition Decline(CaseState state, DeclineCase c)
    {
        if (c.Reasons.IsDefaultOrEmpty || c.Reasons.Any(string.IsNullOrWhiteSpace))
        {
            return Invalid(state, c, "reasons", "a declined request needs at least one clear reason, and no blank ones");
        }

        return NotPaused(state, c) ?? When(state, c, Answerable, () => state with
        {
            Status = CaseStatus.AwaitingConfirmation,
            Outcome = new CaseOutcome(c.At, OutcomeKind.Declined, string.Join("; ", c.Reasons), c.Reasons, OnFirstContact: false),
        });
    }

    private static CaseTransition When(CaseState state, CaseCommand command, IReadOnlyCollection<CaseStatus> allowed, Func<CaseState> next) =>
        allowed.Contains(state.Status)
            ? To(next())
            : Conflict(state, command, $"it is allowed only when the case is {string.Join(" or ", allowed)}");

    private static CaseTransition? NotPaused(CaseState state, CaseCommand command) =>
        state.IsPaused ? Conflict(state, command, "the case is paused; resume it first") : null;

    private static CaseTransition? Require(CaseState state, CaseCommand command, string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? Invalid(state, command, field, "is required") : null;

    private static CaseTransition To(CaseState state) => CaseTransition.To(state);

    private static CaseTransition Conflict(CaseState state, CaseCommand command, string why) =>
        CaseTransition.Rejected(new CaseTransitionError(
            CaseErrorKind.InvalidTransition, command.Name, state.Status,
            $"Cannot {command.Name} case {state.CaseReference} in status {state.Status}: {why}."));

    private static CaseTransition Invalid(CaseState state, CaseCommand command, string field, string why) =>
        CaseTransition.Rejected(new CaseTransitionError(
            CaseErrorKind.InvalidArgument, command.Name, state.Status,
            $"Cannot {command.Name} case {state.CaseReference}: '{field}' {why}.", field));
}
