using Asivado.Domain.Forecasting;
using Asivado.Grains.Agents;
using Asivado.Grains.Organisation;
using Orleans.Concurrency;
using Asivado.Orleans.Persistence.Collections;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>
/// A department, keyed by its directory id: its open cases (the unassigned ones are the queue), the
/// availability its agents report, the auto-assignment picker and the daily tallies for reports. An unknown
/// id answers null / NotFound, and its other calls do nothing. Everything it keeps is a keyed collection
/// (<see cref="IPersistentDictionary{TValue}"/>): a change writes the entries it touched, so its cost does not
/// grow with the number of open cases, agents or days counted.
/// It never waits on a case or an agent: cases and agents call it from inside their own turns, so waiting on
/// them would close a call cycle. Assigning queued cases and telling the leads run in later turns (grain timers)
/// and their calls are started, not awaited.
/// It is reentrant, so that one department does not serialise its intake behind each write's round trip: every turn
/// changes memory synchronously, before its first await, then awaits a <see cref="WriteCoalescer"/> that writes what
/// changed meanwhile in one go, one write in flight at a time. Code after that await reads only what it captured.
/// </summary>
[GrainType("department")]
[Reentrant]
public sealed partial class DepartmentGrain : Grain, IDepartmentGrain
{
    private readonly IOrganisationDirectory _directory;
    private readonly IPersistentDictionary<QueueEntry> _openCases;
    private readonly IPersistentDictionary<AgentSlot> _agents;
    private readonly IPersistentDictionary<CountedWork> _counted;
    private readonly IPersistentDictionary<DailyTally> _days;
    private readonly IPersistentDictionary<HandlingRecord> _handling;
    private readonly ForecastSettings _forecasting;
    private readonly TimeProvider _time;
    private readonly ILogger<DepartmentGrain> _logger;

    public DepartmentGrain(
        IOrganisationDirectory directory,
        [PersistentDictionary("open-cases")] IPersistentDictionary<QueueEntry> openCases,
        [PersistentDictionary("agents")] IPersistentDictionary<AgentSlot> agents,
        [PersistentDictionary("counted-work")] IPersistentDictionary<CountedWork> counted,
        [PersistentDictionary("tally-days")] IPersistentDictionary<DailyTally> days,
        [PersistentDictionary("handling")] IPersistentDictionary<HandlingRecord> handling,
        ForecastSettings forecasting,
        TimeProvider time,
        ILogger<DepartmentGrain> logger)
    {
        _time = time;
        _directory = directory;
        _openCases = openCases;
        _agents = agents;
        _counted = counted;
        _days = days;
        _handling = handling;
        _forecasting = forecasting;
        _logger = logger;
        _queueWrites = new WriteCoalescer(WriteQueueAsync);
        _tallyWrites = new WriteCoalescer(WriteTalliesAsync);
    }

    private readonly WriteCoalescer _queueWrites;
    private readonly WriteCoalescer _tallyWrites;

    private string DepartmentId => this.GetPrimaryKeyString();

    private Instant Now => Instant.FromDateTimeOffset(_time.GetUtcNow());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Cases that queued before a restart get an agent with room without waiting for the next report.
        if (_directory.FindDepartment(DepartmentId) is { } department && QueueLength() > 0 && Candidates(department).Any(c => IsFree(c)))
        {
            ScheduleDispatch();
        }

        return Task.CompletedTask;
    }

    public Task<DepartmentView?> Get()
    {
        if (_directory.FindDepartment(DepartmentId) is not { } department)
        {
            return Task.FromResult<DepartmentView?>(null);
        }

        var today = Now.InZone(Zone(department)).Date;
        return Task.FromResult<DepartmentView?>(new DepartmentView(
            department.Id,
            department.Name,
            department.Calendar,
            department.Policies,
            department.MemberIds,
            department.LeadIds,
            department.ManagerId,
            _openCases.Count,
            QueueLength(),
            AgentsView(department),
            Compliance(today, today)));
    }

    public Task<DepartmentQueueView?> GetQueue() =>
        Task.FromResult(_directory.FindDepartment(DepartmentId) is null
            ? null
            : new DepartmentQueueView(DepartmentId, Queue()));

    public Task<IReadOnlyList<string>> GetAvailableAgents()
    {
        if (_directory.FindDepartment(DepartmentId) is not { } department)
        {
            return Task.FromResult<IReadOnlyList<string>>([]);
        }

        IReadOnlyList<string> available = Candidates(department)
            .Where(c => c.Presence == AgentPresence.Available)
            .Select(c => c.AgentId)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return Task.FromResult(available);
    }

    private static bool IsFree(AssignmentCandidate candidate) =>
        candidate.Presence == AgentPresence.Available && candidate.Load + AssignmentPicker.CaseWeight <= candidate.Capacity;

    private static bool IsMember(DepartmentDefinition department, string agentId) =>
        department.MemberIds.Contains(agentId, StringComparer.Ordinal);

    private DateTimeZone Zone(DepartmentDefinition department) => _directory.Calendars.Get(department.Calendar).Zone;

    private List<QueueEntry> Queue() =>
        [.. _openCases.Values.Where(QueueOrder.IsQueued).Order(QueueOrder.Instance)];

    // Kept up to date by SetOpenCase and RemoveOpenCase (counted once at activation), so that the queue-changed
    // notice every second does not count a department's thousands of open cases.
    private int? _queueLength;

    private int QueueLength() => _queueLength ??= _openCases.Values.Count(QueueOrder.IsQueued);

    private void SetOpenCase(QueueEntry entry)
    {
        var length = QueueLength();
        _openCases.TryGetValue(entry.CaseId, out var previous);
        if (QueueOrder.IsQueued(previous))
        {
            length--;
        }

        _openCases.Set(entry.CaseId, entry);
        NoteForForecast(previous, entry);
        _queueLength = QueueOrder.IsQueued(entry) ? length + 1 : length;
    }

    private void RemoveOpenCase(string caseId)
    {
        var length = QueueLength();
        if (_openCases.TryGetValue(caseId, out var previous) && _openCases.Remove(caseId))
        {
            _queueLength = QueueOrder.IsQueued(previous) ? length - 1 : length;
            NoteForForecast(previous, null);
        }
    }

    /// <summary>The members' slots, as the picker may see them.</summary>
    private IEnumerable<AssignmentCandidate> Candidates(DepartmentDefinition department) =>
        _agents
            .Where(pair => IsMember(department, pair.Key) && _directory.FindPerson(pair.Key) is { } person && CaseWorkers.Works(person.Role))
            .Select(pair => new AssignmentCandidate(pair.Key, pair.Value.Presence, pair.Value.Capacity, pair.Value.Load, pair.Value.LastAssignedAt));

    /// <summary>Every member, as last reported; a member that never reported is Offline with its directory capacity.</summary>
    private List<AgentAvailability> AgentsView(DepartmentDefinition department) =>
        [.. department.MemberIds
            .Order(StringComparer.Ordinal)
            .Select(id => _agents.TryGetValue(id, out var slot)
                ? new AgentAvailability(id, slot.Presence, slot.Capacity, slot.Load)
                : new AgentAvailability(id, AgentPresence.Offline, _directory.FindPerson(id)?.Capacity ?? 0, 0))];

    /// <summary>Puts one case's weight on the agent until its next report, and remembers the assignment for fairness.</summary>
    private void Reserve(string agentId, Instant now)
    {
        var slot = _agents[agentId];
        slot.Load += AssignmentPicker.CaseWeight;
        slot.LastAssignedAt = now;
        _agents.Set(agentId, slot);
    }

    /// <summary>Writes the open cases and agents changed (with whatever else changed meanwhile); if that fails, the activation is dropped so the next call reloads what is stored.</summary>
    private Task SaveAsync() => _queueWrites.WriteAsync();

    private Task SaveTalliesAsync() => _tallyWrites.WriteAsync();

    private Task WriteQueueAsync() => DropOnFailureAsync(Task.WhenAll(
        _openCases.WriteChangesAsync(CancellationToken.None), _agents.WriteChangesAsync(CancellationToken.None), _handling.WriteChangesAsync(CancellationToken.None)));

    private Task WriteTalliesAsync() => DropOnFailureAsync(Task.WhenAll(
        _counted.WriteChangesAsync(CancellationToken.None), _days.WriteChangesAsync(CancellationToken.None)));

    private async Task DropOnFailureAsync(Task write)
    {
        try
        {
            await write;
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private IGrainTimer OneShotTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime) =>
        this.RegisterGrainTimer(callback, new GrainTimerCreationOptions(dueTime, Timeout.InfiniteTimeSpan));
}
