using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Domain.Deadlines;
using NodaTime;

namespace Asivado.Domain.Tests.Cases;

public sealed class CaseLifecycleTests
{
    private static readonly Instant Received = Instant.FromUtc(2025, 2, 11, 10, 0);
    private static readonly Instant Later = Received + Duration.FromHours(1);
    private static readonly CustomerNotice Notice = new(Later, ContactMethod.Email, "agent-1");

    private static readonly Dictionary<string, Func<CaseCommand>> Commands = new()
    {
        ["acknowledge"] = () => new AcknowledgeCase(Later, ContactMethod.Email),
        ["refer"] = () => new ReferCase(Later, "billing"),
        ["assign"] = () => new AssignCase(Later, "agent-1"),
        ["reassign"] = () => new ReassignCase(Later, "agent-2"),
        ["pause"] = () => new PauseCase(Later, "waiting for the customer"),
        ["resume"] = () => new ResumeCase(Later),
        ["respond"] = () => new RespondToCase(Later, "analysis and proposed refund"),
        ["extend"] = () => new ExtendCase(Later, Later + Duration.FromDays(5), "needs a site visit", Notice),
        ["resolve"] = () => new ResolveCase(Later, "refund issued"),
        ["resolve-first-contact"] = () => new ResolveCase(Later, "answered on the call", OnFirstContact: true),
        ["decline"] = () => new DeclineCase(Later, ["outside our service area"]),
        ["confirm"] = () => new ConfirmSatisfaction(Later),
        ["reopen"] = () => new ReopenCase(Later, "customer not satisfied"),
    };

    // Allowed (from status -> to status) for every command; everything else must be rejected with 409.
    private static readonly Dictionary<string, Dictionary<CaseStatus, CaseStatus>> Allowed = new()
    {
        ["acknowledge"] = new() { [CaseStatus.Received] = CaseStatus.Acknowledged },
        ["refer"] = new() { [CaseStatus.Received] = CaseStatus.Referred, [CaseStatus.Acknowledged] = CaseStatus.Referred, [CaseStatus.Referred] = CaseStatus.Referred },
        ["assign"] = new() { [CaseStatus.Received] = CaseStatus.InProgress, [CaseStatus.Acknowledged] = CaseStatus.InProgress, [CaseStatus.Referred] = CaseStatus.InProgress },
        ["reassign"] = new() { [CaseStatus.InProgress] = CaseStatus.InProgress, [CaseStatus.Responded] = CaseStatus.Responded },
        ["pause"] = new() { [CaseStatus.Received] = CaseStatus.Received, [CaseStatus.Acknowledged] = CaseStatus.Acknowledged, [CaseStatus.Referred] = CaseStatus.Referred, [CaseStatus.InProgress] = CaseStatus.InProgress, [CaseStatus.Responded] = CaseStatus.Responded },
        ["resume"] = new(),
        ["respond"] = new() { [CaseStatus.InProgress] = CaseStatus.Responded },
        ["extend"] = new() { [CaseStatus.Received] = CaseStatus.Received, [CaseStatus.Acknowledged] = CaseStatus.Acknowledged, [CaseStatus.Referred] = CaseStatus.Referred, [CaseStatus.InProgress] = CaseStatus.InProgress },
        ["resolve"] = new() { [CaseStatus.InProgress] = CaseStatus.AwaitingConfirmation, [CaseStatus.Responded] = CaseStatus.AwaitingConfirmation },
        ["resolve-first-contact"] = new() { [CaseStatus.Received] = CaseStatus.AwaitingConfirmation },
        ["decline"] = new() { [CaseStatus.Acknowledged] = CaseStatus.AwaitingConfirmation, [CaseStatus.Referred] = CaseStatus.AwaitingConfirmation, [CaseStatus.InProgress] = CaseStatus.AwaitingConfirmation, [CaseStatus.Responded] = CaseStatus.AwaitingConfirmation },
        ["confirm"] = new() { [CaseStatus.AwaitingConfirmation] = CaseStatus.Closed },
        ["reopen"] = new() { [CaseStatus.AwaitingConfirmation] = CaseStatus.InProgress, [CaseStatus.Closed] = CaseStatus.InProgress },
    };

    public static TheoryData<string, CaseStatus> EveryCommandInEveryStatus()
    {
        var data = new TheoryData<string, CaseStatus>();
        foreach (var command in Commands.Keys)
        {
            foreach (var status in Enum.GetValues<CaseStatus>())
            {
                data.Add(command, status);
            }
        }

        return data;
    }

    /// <summary>A typical case in each status, reached through the state machine itself.</summary>
    private static CaseState In(CaseStatus status)
    {
        var state = CaseLifecycle.Receive("C-1001", Channel.Email, CaseKind.Complaint, Received);
        CaseCommand[] path = status switch
        {
            CaseStatus.Received => [],
            CaseStatus.Acknowledged => [new AcknowledgeCase(Received, ContactMethod.Email)],
            CaseStatus.Referred => [new AcknowledgeCase(Received, ContactMethod.Email), new ReferCase(Received, "billing")],
            CaseStatus.InProgress => [new AcknowledgeCase(Received, ContactMethod.Email), new ReferCase(Received, "billing"), new AssignCase(Received, "agent-1")],
            CaseStatus.Responded => [new AcknowledgeCase(Received, ContactMethod.Email), new ReferCase(Received, "billing"), new AssignCase(Received, "agent-1"), new RespondToCase(Received, "analysis")],
            CaseStatus.AwaitingConfirmation => [new AcknowledgeCase(Received, ContactMethod.Email), new ReferCase(Received, "billing"), new AssignCase(Received, "agent-1"), new ResolveCase(Received, "fixed")],
            _ => [new AcknowledgeCase(Received, ContactMethod.Email), new ReferCase(Received, "billing"), new AssignCase(Received, "agent-1"), new ResolveCase(Received, "fixed"), new ConfirmSatisfaction(Received)],
        };
        foreach (var command in path)
        {
            state = CaseLifecycle.Apply(state, command).State!;
        }

        Assert.Equal(status, state.Status);
        return state;
    }

    [Theory]
    [MemberData(nameof(EveryCommandInEveryStatus))]
    public void Every_transition_is_applied_or_rejected_as_specified(string command, CaseStatus from)
    {
        var state = In(from);

        var result = CaseLifecycle.Apply(state, Commands[command]());

        if (Allowed[command].TryGetValue(from, out var to))
        {
            Assert.True(result.Succeeded, result.Error?.Message);
            Assert.Equal(to, result.State.Status);
        }
        else
        {
            Assert.False(result.Succeeded);
            Assert.Equal((CaseErrorKind.InvalidTransition, command.Split('-')[0], from), (result.Error.Kind, result.Error.Command, result.Error.Status));
            Assert.StartsWith($"Cannot {command.Split('-')[0]} case C-1001 in status {from}", result.Error.Message, StringComparison.Ordinal);
            Assert.Equal(from, state.Status);
        }
    }

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void The_commands_a_refusal_lists_are_exactly_those_the_state_machine_takes(CaseStatus status)
    {
        var state = In(status);
        var expected = Allowed.Where(entry => entry.Value.ContainsKey(status))
            .Select(entry => entry.Key == "resolve-first-contact" ? "resolve (on first contact)" : entry.Key);

        Assert.Equal(expected.Order(StringComparer.Ordinal), CaseLifecycle.CommandsAllowedIn(state).Order(StringComparer.Ordinal));
    }

    public static TheoryData<CaseStatus> EveryStatus() => new(Enum.GetValues<CaseStatus>());

    [Fact]
    public void A_refused_transition_says_which_statuses_allow_it_and_what_this_case_allows()
    {
        var responded = In(CaseStatus.Responded);
        var paused = CaseLifecycle.Apply(In(CaseStatus.InProgress), new PauseCase(Later, "waiting")).State!;

        var extend = CaseLifecycle.Apply(responded, Commands["extend"]()).Error!;
        var confirm = CaseLifecycle.Apply(paused, Commands["confirm"]()).Error!;

        Assert.Equal(
            "Cannot extend case C-1001 in status Responded: extend is allowed only when the case is Received, Acknowledged, Referred or InProgress; in status Responded this case allows reassign, pause, resolve or decline.",
            extend.Message);
        Assert.Equal(
            "Cannot confirm case C-1001 in status InProgress: confirm is allowed only when the case is AwaitingConfirmation; in status InProgress this case allows reassign or resume.",
            confirm.Message);
    }

    [Fact]
    public void Only_the_customers_confirmation_closes_a_case()
    {
        foreach (var status in Enum.GetValues<CaseStatus>().Where(s => s != CaseStatus.Closed))
        {
            foreach (var (name, command) in Commands.Where(c => c.Key != "confirm"))
            {
                var result = CaseLifecycle.Apply(In(status), command());
                Assert.False(result.Succeeded && result.State.Status == CaseStatus.Closed, $"{name} closed a {status} case");
            }
        }

        var closed = CaseLifecycle.Apply(In(CaseStatus.AwaitingConfirmation), new ConfirmSatisfaction(Later));
        Assert.Equal((CaseStatus.Closed, (Instant?)Later), (closed.State!.Status, closed.State.ClosedAt));
    }

    [Fact]
    public void Pause_and_resume_toggle_the_flag_and_block_a_response()
    {
        var paused = CaseLifecycle.Apply(In(CaseStatus.InProgress), new PauseCase(Later, "waiting")).State!;

        Assert.True(paused.IsPaused);
        Assert.Equal(CaseErrorKind.InvalidTransition, CaseLifecycle.Apply(paused, new PauseCase(Later, "again")).Error!.Kind);
        Assert.Equal(CaseErrorKind.InvalidTransition, CaseLifecycle.Apply(paused, new RespondToCase(Later, "x")).Error!.Kind);
        Assert.False(CaseLifecycle.Apply(paused, new ResumeCase(Later)).State!.IsPaused);
    }

    [Fact]
    public void Resolution_on_first_contact_skips_acknowledgement_and_awaits_confirmation()
    {
        var state = CaseLifecycle.Apply(In(CaseStatus.Received), new ResolveCase(Later, "answered on the call", OnFirstContact: true)).State!;

        Assert.Equal(CaseStatus.AwaitingConfirmation, state.Status);
        Assert.Equal(new CaseOutcome(Later, OutcomeKind.Resolved, "answered on the call", [], true) with { DeclineReasons = state.Outcome!.DeclineReasons }, state.Outcome);
        Assert.Null(state.Acknowledgement);
    }

    [Fact]
    public void Decline_records_its_reasons()
    {
        var state = CaseLifecycle.Apply(In(CaseStatus.InProgress), new DeclineCase(Later, ["outside our service area", "no account found"])).State!;

        Assert.Equal((OutcomeKind.Declined, "outside our service area; no account found"), (state.Outcome!.Kind, state.Outcome.Summary));
        Assert.Equal(["outside our service area", "no account found"], state.Outcome.DeclineReasons.ToArray());
    }

    public static TheoryData<CaseStatus, CaseCommand, string> InvalidArguments => new()
    {
        { CaseStatus.InProgress, new DeclineCase(Later, []), "reasons" },
        { CaseStatus.InProgress, new DeclineCase(Later, ["ok", " "]), "reasons" },
        { CaseStatus.InProgress, new ExtendCase(Later, Later + Duration.FromDays(3), "site visit", null), "notice" },
        { CaseStatus.InProgress, new ExtendCase(Later, Later + Duration.FromDays(3), "site visit", Notice with { ToldAt = Later + Duration.FromHours(1) }), "notice.toldAt" },
        { CaseStatus.InProgress, new ExtendCase(Later, Later, "site visit", Notice), "newDueAt" },
        { CaseStatus.InProgress, new ExtendCase(Later, Instant.FromUtc(9999, 12, 31, 23, 59, 59), "site visit", Notice), "newDueAt" },
        { CaseStatus.InProgress, new ExtendCase(Later, Later + Duration.FromDays(367), "site visit", Notice), "newDueAt" },
        { CaseStatus.InProgress, new ExtendCase(Later, Later + Duration.FromDays(3), "site visit", Notice with { ToldAt = Instant.FromUtc(1, 1, 1, 0, 0) }), "notice.toldAt" },
        { CaseStatus.InProgress, new ReassignCase(Later, "agent-1"), "agentId" },
        { CaseStatus.Received, new ReferCase(Later, ""), "departmentId" },
        { CaseStatus.Received, new AssignCase(Later, " "), "agentId" },
        { CaseStatus.InProgress, new RespondToCase(Later, ""), "summary" },
        { CaseStatus.Received, new AcknowledgeCase(Received - Duration.FromMinutes(1), ContactMethod.Email), "at" },
        { CaseStatus.Received, new AcknowledgeCase(Later, (ContactMethod)99), "method" },
        { CaseStatus.Closed, new ReopenCase(Later, ""), "reason" },
    };

    [Theory]
    [MemberData(nameof(InvalidArguments))]
    public void Bad_input_is_rejected_naming_the_field(CaseStatus status, CaseCommand command, string field)
    {
        var result = CaseLifecycle.Apply(In(status), command);

        Assert.False(result.Succeeded);
        Assert.Equal((CaseErrorKind.InvalidArgument, field), (result.Error.Kind, result.Error.Field));
        Assert.Contains($"'{field}'", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reopen_returns_to_work_and_counts()
    {
        var state = CaseLifecycle.Apply(In(CaseStatus.Closed), new ReopenCase(Later, "not satisfied")).State!;

        Assert.Equal((CaseStatus.InProgress, 1, (CaseOutcome?)null, (Instant?)null, "agent-1"), (state.Status, state.ReopenCount, state.Outcome, state.ClosedAt, state.AssigneeId));
    }

    [Fact]
    public void Reopening_a_first_contact_resolution_goes_back_to_received()
    {
        var resolved = CaseLifecycle.Apply(In(CaseStatus.Received), new ResolveCase(Later, "answered", OnFirstContact: true)).State!;

        Assert.Equal(CaseStatus.Received, CaseLifecycle.Apply(resolved, new ReopenCase(Later, "not satisfied")).State!.Status);
    }

    [Fact]
    public void Acknowledging_after_referral_keeps_the_referred_status()
    {
        var referred = CaseLifecycle.Apply(In(CaseStatus.Received), new ReferCase(Later, "billing")).State!;

        var acknowledged = CaseLifecycle.Apply(referred, new AcknowledgeCase(Later, ContactMethod.Post)).State!;

        Assert.Equal((CaseStatus.Referred, new CaseAcknowledgement(Later, ContactMethod.Post)), (acknowledged.Status, acknowledged.Acknowledgement));
    }
}
