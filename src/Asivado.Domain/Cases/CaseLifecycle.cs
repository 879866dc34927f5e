using System.Collections.Immutable;
using Asivado.Domain.Contacts;
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

    /// <summary>
    /// The statuses each command is allowed in: the one table <see cref="Apply"/> checks and its refusals quote (the
    /// domain README's diagram draws it). "resume" is allowed whenever the case is paused; "resolve" on first contact
    /// only while Received; a paused case takes no respond, extend, resolve or decline.
    /// </summary>
    private static readonly (string Command, CaseStatus[] Statuses)[] Allowed =
    [
        ("acknowledge", Working),
        ("refer", [CaseStatus.Received, CaseStatus.Acknowledged, CaseStatus.Referred]),
        ("assign", Unassigned),
        ("reassign", [CaseStatus.InProgress, CaseStatus.Responded]),
        ("pause", [.. Working, CaseStatus.Responded]),
        ("respond", [CaseStatus.InProgress]),
        ("extend", Working),
        ("resolve", [CaseStatus.InProgress, CaseStatus.Responded]),
        ("decline", Answerable),
        ("confirm", [CaseStatus.AwaitingConfirmation]),
        ("reopen", [CaseStatus.AwaitingConfirmation, CaseStatus.Closed]),
    ];

    /// <summary>
    /// The commands <see cref="Apply"/> would take from <paramref name="state"/> as far as its status, pause,
    /// acknowledgement and assignee go (a command can still be refused for its own arguments).
    /// </summary>
    public static IReadOnlyList<string> CommandsAllowedIn(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var commands = new List<string>();
        foreach (var (command, statuses) in Allowed)
        {
            var allowed = statuses.Contains(state.Status) && command switch
            {
                "acknowledge" => state.Acknowledgement is null,
                "reassign" => state.AssigneeId is not null,
                "pause" or "respond" or "extend" or "resolve" or "decline" => !state.IsPaused,
                _ => true,
            };
            if (allowed)
            {
                commands.Add(command);
            }

            if (command == "pause" && state.IsPaused)
            {
                commands.Add("resume");
            }

            if (command == "resolve" && state.Status == CaseStatus.Received && !state.IsPaused)
            {
                commands.Add("resolve (on first contact)");
            }
        }

        return commands;
    }

    private static CaseStatus[] StatusesFor(string command) => Allowed.First(entry => entry.Command == command).Statuses;

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
                ?? When(state, c, StatusesFor("refer"), () => state with
                {
                    Status = CaseStatus.Referred,
                    Referral = new CaseReferral(c.At, c.DepartmentId),
                }),
            AssignCase c => Require(state, c, c.AgentId, "agentId")
                ?? When(state, c, StatusesFor("assign"), () => state with { Status = CaseStatus.InProgress, AssigneeId = c.AgentId }),
            ReassignCase c => Reassign(state, c),
            PauseCase c => RequireText(state, c, c.Reason, "reason")
                ?? (state.IsPaused ? Conflict(state, c, "the case is already paused") : null)
                ?? When(state, c, StatusesFor("pause"), () => state with { IsPaused = true }),
            ResumeCase c => state.IsPaused
                ? To(state with { IsPaused = false })
                : Conflict(state, c, "the case is not paused"),
            RespondToCase c => RequireText(state, c, c.Summary, "summary")
                ?? NotPaused(state, c)
                ?? When(state, c, StatusesFor("respond"), () => state with { Status = CaseStatus.Responded, RespondedAt = c.At }),
            ExtendCase c => Extend(state, c),
            ResolveCase c => Resolve(state, c),
            DeclineCase c => Decline(state, c),
            ConfirmSatisfaction c => When(state, c, StatusesFor("confirm"), () => state with { Status = CaseStatus.Closed, ClosedAt = c.At }),
            ReopenCase c => RequireText(state, c, c.Reason, "reason")
                ?? When(state, c, StatusesFor("reopen"), () => state with
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
        return When(state, c, StatusesFor("acknowledge"), () => state with
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

        return When(state, c, StatusesFor("reassign"), () => state with { AssigneeId = c.AgentId });
    }

    private static CaseTransition Extend(CaseState state, ExtendCase c)
    {
        if (RequireText(state, c, c.Reason, "reason") is { } invalid)
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

        if (CaseTimeLimits.NoticeToldAt(c.At) is var told && !told.Contains(c.Notice.ToldAt))
        {
            return Invalid(state, c, "notice.toldAt", told.Explain());
        }

        if (c.NewDueAt <= c.At)
        {
            return Invalid(state, c, "newDueAt", "must be in the future");
        }

        if (CaseTimeLimits.Commitment(c.At) is var committed && !committed.Contains(c.NewDueAt))
        {
            return Invalid(state, c, "newDueAt", committed.Explain());
        }

        return NotPaused(state, c) ?? When(state, c, StatusesFor("extend"), () => state);
    }

    private static CaseTransition Resolve(CaseState state, ResolveCase c)
    {
        if ((RequireText(state, c, c.Resolution, "resolution") ?? NotPaused(state, c)) is { } invalid)
        {
            return invalid;
        }

        var allowed = c.OnFirstContact ? [CaseStatus.Received] : StatusesFor("resolve");
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

        if (c.Reasons.Select(reason => FreeText.Problem(reason, TextLayout.MultiLine)).FirstOrDefault(problem => problem is not null) is { } problem)
        {
            return Invalid(state, c, "reasons", problem);
        }

        return NotPaused(state, c) ?? When(state, c, StatusesFor("decline"), () => state with
        {
            Status = CaseStatus.AwaitingConfirmation,
            Outcome = new CaseOutcome(c.At, OutcomeKind.Declined, string.Join("; ", c.Reasons), c.Reasons, OnFirstContact: false),
        });
    }

    private static CaseTransition When(CaseState state, CaseCommand command, IReadOnlyCollection<CaseStatus> allowed, Func<CaseState> next) =>
        allowed.Contains(state.Status)
            ? To(next())
            : Conflict(state, command, $"{command.Name} is allowed only when the case is {Either(allowed)}; in status {state.Status} this case allows {Either(CommandsAllowedIn(state))}");

    /// <summary>"A", "A or B", "A, B or C".</summary>
    private static string Either<T>(IReadOnlyCollection<T> items) =>
        items.Count < 2 ? string.Join("", items) : $"{string.Join(", ", items.Take(items.Count - 1))} or {items.Last()}";

    private static CaseTransition? NotPaused(CaseState state, CaseCommand command) =>
        state.IsPaused ? Conflict(state, command, "the case is paused; resume it first") : null;

    private static CaseTransition? Require(CaseState state, CaseCommand command, string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? Invalid(state, command, field, "is required") : null;

    /// <summary>Text a person wrote (a reason, a summary): present, and only the characters <see cref="FreeText"/> allows.</summary>
    private static CaseTransition? RequireText(CaseState state, CaseCommand command, string? value, string field) =>
        Require(state, command, value, field)
        ?? (FreeText.Problem(value!, TextLayout.MultiLine) is { } problem ? Invalid(state, command, field, problem) : null);

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
