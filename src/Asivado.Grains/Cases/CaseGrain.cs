using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Grains.Organisation;
using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.State;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Asivado.Grains.Cases;

/// <summary>
/// One case: its lifecycle (the domain's <see cref="CaseLifecycle"/>), its deadlines with their escalation
/// reminders, and its history, all in one persisted record. A change is built as a <see cref="CaseChange"/>,
/// written in one <c>WriteStateAsync</c>, then the reminders are brought in line, then the department and the
/// agents are told. Telling them is best effort: the change is already durable, so a failure there is logged
/// (ids only) and the caller still gets the result; a repeated Open tells the department again.
/// The grain calls the department and agent grains; they never call a case back, so there is no call cycle.
/// </summary>
public sealed partial class CaseGrain : Grain, ICaseGrain
{
    private readonly IPersistentState<CaseGrainState> _state;
    private readonly IPersistentLog<CaseHistoryEntry> _history;
    private readonly IOrganisationDirectory _directory;
    private readonly CaseDeadlines _deadlines;
    private readonly ILogger<CaseGrain> _logger;

    public CaseGrain(
        [PersistentState("case")] IPersistentState<CaseGrainState> state,
        [PersistentLog("history", attachedTo: "case")] IPersistentLog<CaseHistoryEntry> history,
        IOrganisationDirectory directory,
        ILogger<CaseGrain> logger)
    {
        _state = state;
        _history = history;
        _directory = directory;
        _deadlines = CaseDeadlines.For(directory);
        _logger = logger;
    }

    private string CaseId => GetPrimaryKeyString();

    private Instant Now => Instant.FromDateTimeOffset(TimeProvider.GetUtcNow());

    private CaseGrainState Current => _state.State;

    private bool Exists => _state.RecordExists && Current.Case is not null;

    public Task<CaseView?> Get() => Task.FromResult(Exists ? View() : null);

    public async Task<IReadOnlyList<CaseHistoryEntry>?> GetHistory() =>
        Exists ? await _history.ReadAsync(Current.HistoryCount) : null;

    /// <summary>Writes the change with its history entries (all of it, once), then registers, moves or removes the escalation reminders.</summary>
    private async Task CommitAsync(CaseChange change)
    {
        await WriteAsync(change);
        await SyncRemindersAsync();
    }

    /// <summary>Writes the change with its history entries (all of it, once); on failure the grain keeps the state it had.</summary>
    private async Task WriteAsync(CaseChange change)
    {
        var before = _state.State;
        _state.State = change.State;
        foreach (var entry in change.History)
        {
            _history.Append(entry.Sequence, entry);
        }

        try
        {
            await _state.WriteStateAsync();
        }
        catch
        {
            _history.DiscardPending();
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
            @case.Acknowledgement,
            state.Referral,
            @case.Outcome,
            @case.ClosedAt,
            @case.ReopenCount,
            [.. state.Deadlines.Select(_deadlines.View)],
            _deadlines.NextDueAt(state.Deadlines),
            state.HistoryCount,
            state.Intake?.CallId);
    }

    private QueueEntry QueueEntry()
    {
        var @case = Current.Case!;
        return new QueueEntry(
            CaseId, @case.Channel, @case.Kind, @case.Status, @case.AssigneeId, @case.ReceivedAt,
            _deadlines.NextDueAt(Current.Deadlines), Current.Subject);
    }

    /// <summary>Every case weighs 1: written ones, and phone or visit cases too (the live call itself is weighed by the call grain).</summary>
    private AgentAssignment Assignment(Instant assignedAt) =>
        new(CaseId, Current.Case!.Channel, Weight: 1, assignedAt, _deadlines.NextDueAt(Current.Deadlines), Current.Subject);

    private bool WorksIn(string personId, string departmentId) =>
        _directory.FindPerson(personId) is { } person
        && _directory.FindDepartment(departmentId) is { } department
        && (person.DepartmentId == department.Id || department.MemberIds.Contains(person.Id) || department.LeadIds.Contains(person.Id));

    private GrainError CaseNotFound() => GrainError.NotFound($"Case {CaseId} does not exist.");

    private static GrainError ToGrainError(CaseTransitionError error) => error.Kind == CaseErrorKind.InvalidArgument
        ? GrainError.Invalid(error.Field ?? "command", error.Message)
        : GrainError.Conflict(error.Message);
}
