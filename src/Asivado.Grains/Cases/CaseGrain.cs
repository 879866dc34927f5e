using Asivado.Domain.Cases;
using Asivado.Grains.Access;
using Asivado.Grains.Agents;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Grains.Organisation;
using Asivado.Grains.Organisation.Revisions;
using Asivado.Orleans.Deadlines;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// One case: its lifecycle (the domain's <see cref="CaseLifecycle"/>), its deadlines with their escalation
/// steps, and its history, all in one persisted record. A change is built as a <see cref="CaseChange"/>,
/// written in one <c>WriteStateAsync</c>, then its durable deadlines are brought in line, then the department and the
/// agents are told. Telling them is best effort: the change is already durable, so a failure there is logged
/// (ids only) and the caller still gets the result; a repeated Open tells the department again. A new case is the
/// exception to the order: its deadlines are written before it, with a settle deadline that tells the department
/// should the intake's activation end before it did (<see cref="IntakeSettlement"/>), so that a crash at any instant
/// leaves no stored case without its deadlines or out of its department's queue.
/// The grain calls the department and agent grains and waits for them; they never wait on a case (the department's
/// only message to a case, <see cref="ICaseGrain.AssignFromQueue"/>, is one-way), so no call cycle can form.
/// </summary>
/// <remarks>
/// Idle cases are collected after two minutes, and a new case's activation goes once its intake settled: their
/// deadlines live in the deadline service's table, not in the activation, so memory grows with the cases being worked
/// rather than with every open case or the last minutes of intake.
/// </remarks>
[GrainType("case")]
[CollectionAgeLimit(Minutes = 2)]
public sealed partial class CaseGrain : Grain, ICaseGrain
{
    private readonly IPersistentState<CaseGrainState> _state;
    private readonly IOrganisationDirectory _directory;
    private readonly IDeadlineScheduler _scheduler;
    private readonly TimeProvider _time;
    private readonly CaseDeadlines _deadlines;
    private readonly OrganisationRevisionSync _revisions;
    private readonly ILogger<CaseGrain> _logger;

    public CaseGrain(
        [PersistentState("case")] IPersistentState<CaseGrainState> state,
        IOrganisationDirectory directory,
        IDeadlineScheduler scheduler,
        TimeProvider time,
        OrganisationRevisionSync revisions,
        ILogger<CaseGrain> logger)
    {
        _revisions = revisions;
        _state = state;
        _directory = directory;
        _scheduler = scheduler;
        _time = time;
        _deadlines = CaseDeadlines.For(directory);
        _logger = logger;
    }

    private string CaseId => this.GetPrimaryKeyString();

    private Instant Now => Instant.FromDateTimeOffset(_time.GetUtcNow());

    private CaseGrainState Current => _state.State;

    private bool Exists => _state.RecordExists && Current.Case is not null;

    public Task<CaseView?> Get() => Task.FromResult(Exists ? View() : NotOpened<CaseView>());

    public Task<IReadOnlyList<CaseHistoryEntry>?> GetHistory() =>
        Task.FromResult(Exists ? Current.History : NotOpened<IReadOnlyList<CaseHistoryEntry>>());

    public Task<GrainResult<IReadOnlyList<CaseHistoryEntry>>> ReadHistory(Actor reader)
    {
        if (!Exists)
        {
            return Task.FromResult<GrainResult<IReadOnlyList<CaseHistoryEntry>>>(CaseNotFound());
        }

        var mayRead = _directory.FindDepartment(Current.DepartmentId) is { } department
            && CaseAccess.CanRead(reader, department, Current.Case!.AssigneeId);
        return Task.FromResult(mayRead
            ? GrainResult<IReadOnlyList<CaseHistoryEntry>>.Ok(Current.History)
            : GrainError.Forbidden($"You may not see case '{CaseId}'."));
    }

    /// <summary>
    /// A case id nobody opened: this activation holds nothing, so it goes as soon as the call is answered instead of
    /// after the collection age (a client reading made-up ids must not grow the silo by one activation per id).
    /// </summary>
    private T? NotOpened<T>()
        where T : class
    {
        DeactivateOnIdle();
        return null;
    }

    /// <summary>Writes the change with its history entries (all of it, once), then schedules, moves or cancels the escalation deadlines.</summary>
    private async Task CommitAsync(CaseChange change)
    {
        await WriteAsync(change);
        await SyncDeadlinesAsync();
    }

    /// <summary>Writes the change with its history entries (all of it, once); on failure the grain keeps the state it had.</summary>
    private async Task WriteAsync(CaseChange change)
    {
        var before = _state.State;
        _state.State = change.State;
        try
        {
            await _state.WriteStateAsync();
        }
        catch
        {
            _state.State = before;
            throw;
        }
    }

    private CaseView View()
    {
        var state = Current;
        var @case = state.Case!;
        return new CaseView(
            CaseId,
            @case.Channel,
            @case.Kind,
            state.DepartmentId,
            @case.AssigneeId,
            @case.Status,
            @case.IsPaused,
            state.Customer!,
            state.Subject,
            state.Description,
            @case.ReceivedAt,
            state.Acknowledgement ?? (@case.Acknowledgement is { } acknowledged ? AcknowledgementRecord.From(acknowledged) : null),
            state.Referral,
            @case.Outcome,
            @case.ClosedAt,
            @case.ReopenCount,
            [.. state.Deadlines.Select(_deadlines.View)],
            _deadlines.NextDueAt(state.Deadlines),
            state.HistoryCount,
            state.Intake?.CallId);
    }

    private QueueEntry QueueEntry() => QueueEntryOf(Current);

    private QueueEntry QueueEntryOf(CaseGrainState state)
    {
        var @case = state.Case!;
        var next = _deadlines.NextPending(state.Deadlines);
        return new QueueEntry(
            CaseId, @case.Channel, @case.Kind, @case.Status, @case.AssigneeId, @case.ReceivedAt,
            next?.DueAt, state.Subject, next?.Deadline.TargetId, next is { } pending ? _deadlines.FirstStepAt(pending.Deadline) : null);
    }

    /// <summary>Every case weighs 1: written ones, and phone or visit cases too (the live call itself is weighed by the call grain).</summary>
    private AgentAssignment Assignment(Instant assignedAt) =>
        new(CaseId, Current.Case!.Channel, Weight: 1, assignedAt, _deadlines.NextDueAt(Current.Deadlines), Current.Subject);

    private bool WorksIn(string personId, string departmentId) =>
        CaseWorkers.WorksIn(_directory.FindPerson(personId), _directory.FindDepartment(departmentId));

    /// <summary>Checked in the turn that acts, against the assignee and department the change will start from.</summary>
    private GrainError? Refusal(Actor by, CaseAction action)
    {
        var reason = _directory.FindDepartment(Current.DepartmentId) is { } department
            ? CaseAccess.Refusal(by, department, Current.Case!.AssigneeId, action)
            : "the case's department is not in the organisation";
        return reason is null ? null : GrainError.Forbidden($"You may not do this to case '{CaseId}': {reason}.");
    }

    private GrainError CaseNotFound()
    {
        DeactivateOnIdle();
        return GrainError.NotFound($"Case {CaseId} does not exist.");
    }

    private static GrainError ToGrainError(CaseTransitionError error) => error.Kind == CaseErrorKind.InvalidArgument
        ? GrainError.Invalid(error.Field ?? "command", error.Message)
        : GrainError.Conflict(error.Message);
}
