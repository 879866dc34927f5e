using Asivado.Grains.Agents;
using Asivado.Grains.Organisation;
using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.State;
using Asivado.Grains.Runtime.Timers;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Asivado.Grains.Departments;

/// <summary>
/// A department, keyed by its directory id: its open cases (the unassigned ones are the queue), the
/// availability its agents report, the auto-assignment picker and the daily tallies for reports. An unknown
/// id answers null / NotFound, and its other calls do nothing.
/// It never waits on a case or an agent: cases and agents call it from inside their own turns, so waiting on
/// them would close a call cycle. Assigning queued cases and telling the leads run in later turns (grain timers)
/// and their calls are started, not awaited.
/// </summary>
public sealed partial class DepartmentGrain : Grain, IDepartmentGrain
{
    private readonly IOrganisationDirectory _directory;
    private readonly IPersistentState<DepartmentGrainState> _state;
    private readonly IPersistentState<DepartmentTallyState> _tallies;
    private readonly ILogger<DepartmentGrain> _logger;

    public DepartmentGrain(
        IOrganisationDirectory directory,
        [PersistentState("department")] IPersistentState<DepartmentGrainState> state,
        [PersistentState("department-tallies")] IPersistentState<DepartmentTallyState> tallies,
        ILogger<DepartmentGrain> logger)
    {
        _directory = directory;
        _state = state;
        _tallies = tallies;
        _logger = logger;
    }

    private string DepartmentId => GetPrimaryKeyString();

    private DepartmentGrainState State => _state.State;

    private Instant Now => Instant.FromDateTimeOffset(TimeProvider.GetUtcNow());

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
            State.OpenCases.Count,
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

        IReadOnlyList<string> available = [.. Candidates(department)
            .Where(c => c.Presence == AgentPresence.Available)
            .Select(c => c.AgentId)
            .Order(StringComparer.Ordinal)];
        return Task.FromResult(available);
    }

    private static bool IsFree(AssignmentCandidate candidate) =>
        candidate.Presence == AgentPresence.Available && candidate.Load + AssignmentPicker.CaseWeight <= candidate.Capacity;

    private static bool IsMember(DepartmentDefinition department, string agentId) =>
        department.MemberIds.Contains(agentId, StringComparer.Ordinal);

    private DateTimeZone Zone(DepartmentDefinition department) => _directory.Calendars.Get(department.Calendar).Zone;

    private List<QueueEntry> Queue() =>
        [.. State.OpenCases.Values.Where(QueueOrder.IsQueued).Order(QueueOrder.Instance)];

    private int QueueLength() => State.OpenCases.Values.Count(QueueOrder.IsQueued);

    /// <summary>The members' slots, as the picker may see them.</summary>
    private IEnumerable<AssignmentCandidate> Candidates(DepartmentDefinition department) =>
        State.Agents
            .Where(pair => IsMember(department, pair.Key))
            .Select(pair => new AssignmentCandidate(pair.Key, pair.Value.Presence, pair.Value.Capacity, pair.Value.Load, pair.Value.LastAssignedAt));

    /// <summary>Every member, as last reported; a member that never reported is Offline with its directory capacity.</summary>
    private List<AgentAvailability> AgentsView(DepartmentDefinition department) =>
        [.. department.MemberIds
            .Order(StringComparer.Ordinal)
            .Select(id => State.Agents.TryGetValue(id, out var slot)
                ? new AgentAvailability(id, slot.Presence, slot.Capacity, slot.Load)
                : new AgentAvailability(id, AgentPresence.Offline, _directory.FindPerson(id)?.Capacity ?? 0, 0))];

    /// <summary>Puts one case's weight on the agent until its next report, and remembers the assignment for fairness.</summary>
    private void Reserve(string agentId, Instant now)
    {
        var slot = State.Agents[agentId];
        slot.Load += AssignmentPicker.CaseWeight;
        slot.LastAssignedAt = now;
    }

    /// <summary>Writes the live state; if that fails, the activation is dropped so the next call reloads what is stored.</summary>
    private async Task SaveAsync()
    {
        try
        {
            await _state.WriteStateAsync(CancellationToken.None);
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task SaveTalliesAsync()
    {
        try
        {
            await _tallies.WriteStateAsync(CancellationToken.None);
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private IGrainTimer OneShotTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime) =>
        RegisterGrainTimer(callback, new GrainTimerCreationOptions(dueTime, Timeout.InfiniteTimeSpan));
}
