using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Grains.Organisation;
using Orleans.Concurrency;
using Orleans.Utilities;
using Asivado.Orleans.Persistence.Collections;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Asivado.Grains.Agents;

/// <summary>
/// A member of staff, keyed by person id: presence, the cases and calls they carry, and the console feed.
/// Every change is written before the call returns, then pushed to the subscribed consoles, then (when
/// presence or load changed) reported to the department. The agent never calls a case or call grain, and
/// the department never waits on an agent, so no call cycle can form. Deactivation has nothing to flush; it tells
/// the subscribed consoles, so that they subscribe to the next activation.
/// </summary>
[GrainType("agent")]
public sealed partial class AgentGrain : Grain, IAgentGrain
{
    private static readonly TimeSpan ConsoleExpiry = TimeSpan.FromMinutes(5);

    private readonly IOrganisationDirectory _directory;
    private readonly IPersistentState<AgentGrainState> _state;
    private readonly IPersistentDictionary<FeedEntry> _feedEntries;
    private readonly TimeProvider _time;
    private readonly ILogger<AgentGrain> _logger;
    private readonly ObserverManager<IAgentConsoleObserver> _consoles;
    private AgentFeed? _feed;

    public AgentGrain(
        IOrganisationDirectory directory,
        [PersistentState("agent")] IPersistentState<AgentGrainState> state,
        [PersistentDictionary("feed")] IPersistentDictionary<FeedEntry> feed,
        TimeProvider time,
        ILogger<AgentGrain> logger)
    {
        _directory = directory;
        _state = state;
        _feedEntries = feed;
        _time = time;
        _logger = logger;
        _consoles = new ObserverManager<IAgentConsoleObserver>(ConsoleExpiry, logger) { GetDateTime = () => time.GetUtcNow().UtcDateTime };
    }

    private string AgentId => this.GetPrimaryKeyString();

    private AgentGrainState State => _state.State;

    // Built on first use, once the runtime has loaded the stored entries.
    private AgentFeed Feed => _feed ??= new AgentFeed(_feedEntries);

    private int Load => State.Assignments.Values.Sum(a => a.Weight);

    private Instant Now => Instant.FromDateTimeOffset(_time.GetUtcNow());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.FeedEpoch is null && _directory.FindPerson(AgentId) is not null)
        {
            // No stored state: the feed starts (again) at sequence 1, a stream no console has seen.
            State.FeedEpoch = Guid.NewGuid().ToString("N");
            await _state.WriteStateAsync(cancellationToken);
        }

        await base.OnActivateAsync(cancellationToken);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _consoles.Notify(console => console.OnSubscriptionEnded());
        _consoles.Clear();
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    public Task<AgentView?> Get() =>
        Task.FromResult(_directory.FindPerson(AgentId) is { } person ? View(person) : null);

    public async Task<GrainResult<AgentView>> SetPresence(AgentPresence presence, Actor by)
    {
        if (_directory.FindPerson(AgentId) is not { } person)
        {
            return UnknownAgent();
        }

        if (!MaySpeakFor(by))
        {
            return GrainError.Forbidden("Only the agent or an admin may change the agent's presence.");
        }

        if (!Enum.IsDefined(presence))
        {
            return GrainError.Invalid("presence", $"'{presence}' is not a presence.");
        }

        if (State.Presence == presence)
        {
            return GrainResult<AgentView>.Ok(View(person));
        }

        State.Presence = presence;
        var push = new ConsolePush(0, ConsolePushKind.PresenceChanged, Now, DepartmentId: person.DepartmentId, Text: presence.ToString());
        await SaveAsync(stateChanged: true);
        await PushAsync(push);
        await ReportAvailabilityAsync(person);
        return GrainResult<AgentView>.Ok(View(person));
    }

    public async Task<GrainResult<AgentView>> TrackAssignment(AgentAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        if (_directory.FindPerson(AgentId) is not { } person)
        {
            return UnknownAgent();
        }

        if (string.IsNullOrWhiteSpace(assignment.WorkId))
        {
            return GrainError.Invalid("workId", "An assignment needs a work id.");
        }

        if (assignment.Weight < 0)
        {
            return GrainError.Invalid("weight", "An assignment's weight cannot be negative.");
        }

        if (!Enum.IsDefined(assignment.Channel))
        {
            return GrainError.Invalid("channel", $"'{assignment.Channel}' is not a channel.");
        }

        if (State.Assignments.TryGetValue(assignment.WorkId, out var existing) && existing == assignment)
        {
            return GrainResult<AgentView>.Ok(View(person));
        }

        var loadBefore = Load;
        State.Assignments[assignment.WorkId] = assignment;
        var (caseId, callId) = WorkIds.Split(assignment.WorkId);
        var push = Feed.Append(new ConsolePush(
            0, ConsolePushKind.CaseAssigned, Now, caseId, person.DepartmentId, DueAt: assignment.NextDueAt, CallId: callId, Text: assignment.Subject));
        await SaveAsync(stateChanged: true);
        await PushAsync(push);
        if (Load != loadBefore)
        {
            await ReportAvailabilityAsync(person);
        }

        return GrainResult<AgentView>.Ok(View(person));
    }

    public async Task<GrainResult<AgentView>> ReleaseAssignment(string workId, string reason)
    {
        if (_directory.FindPerson(AgentId) is not { } person)
        {
            return UnknownAgent();
        }

        if (string.IsNullOrWhiteSpace(workId))
        {
            return GrainError.Invalid("workId", "Name the work to release.");
        }

        if (!State.Assignments.Remove(workId, out var released))
        {
            return GrainResult<AgentView>.Ok(View(person));
        }

        var (caseId, callId) = WorkIds.Split(workId);
        var push = Feed.Append(new ConsolePush(
            0, ConsolePushKind.CaseUnassigned, Now, caseId, person.DepartmentId, CallId: callId, Text: reason));
        await SaveAsync(stateChanged: true);
        await PushAsync(push);
        if (released.Weight != 0)
        {
            await ReportAvailabilityAsync(person);
        }

        return GrainResult<AgentView>.Ok(View(person));
    }

    public Task Subscribe(IAgentConsoleObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        if (_directory.FindPerson(AgentId) is not null)
        {
            _consoles.Subscribe(observer, observer);
        }

        return Task.CompletedTask;
    }

    public Task Unsubscribe(IAgentConsoleObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _consoles.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private static GrainError UnknownAgent() => GrainError.NotFound("No such agent.");

    private bool MaySpeakFor(Actor by) =>
        by is not null && (by.Role == ActorRole.Admin || string.Equals(by.Id, AgentId, StringComparison.Ordinal));

    private AgentView View(PersonDefinition person) => new(
        person.Id,
        person.Name,
        person.DepartmentId,
        person.Role,
        State.Presence,
        person.Capacity,
        Load,
        [.. State.Assignments.Values.OrderBy(a => a.AssignedAt).ThenBy(a => a.WorkId, StringComparer.Ordinal)],
        Feed.OpenEscalations(),
        Feed.LastSequence);

    /// <summary>Writes the feed's new entries (and the state, when presence or work changed); if that fails, the activation is dropped so the next call reloads what is stored.</summary>
    private async Task SaveAsync(bool stateChanged = false)
    {
        try
        {
            await (stateChanged ? Task.WhenAll(Feed.WriteAsync(), _state.WriteStateAsync()) : Feed.WriteAsync());
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>
    /// Sends a persisted push to the live consoles, in order (one-way: a slow or dead console never holds up the
    /// grain; a console that missed pushes asks for them with its last sequence). Expired subscriptions are dropped.
    /// </summary>
    private Task PushAsync(ConsolePush push)
    {
        _consoles.ClearExpired();
        _consoles.Notify(console => console.OnPush(push));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Tells the department after the change is persisted. A failure is logged, not returned: the change
    /// stands, and the next presence or load change reports the agent again.
    /// </summary>
    private async Task ReportAvailabilityAsync(PersonDefinition person)
    {
        var availability = new AgentAvailability(person.Id, State.Presence, person.Capacity, Load);
        try
        {
            await GrainFactory.GetGrain<IDepartmentGrain>(person.DepartmentId).UpdateAgent(availability);
        }
        catch (Exception ex)
        {
            LogAvailabilityReportFailed(ex, person.Id, person.DepartmentId);
        }
    }
}
