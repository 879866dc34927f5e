using System.Collections.Concurrent;
using Asivado.Grains.Agents;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Hubs;

/// <summary>
/// Every live console connection and its subscription on its agent grain: opens them (observer, object
/// reference, Subscribe), renews them (<see cref="RenewAllAsync"/>, every 2 minutes from
/// <see cref="ConsoleSubscriptionRenewal"/>) and closes them (Unsubscribe, DeleteObjectReference).
/// One agent may have several consoles; each connection has its own observer.
/// </summary>
public sealed class ConsoleConnections(
    IGrainFactory grains,
    IHubContext<ConsoleHub> hub,
    TimeProvider time,
    IOptions<ConsoleHubOptions> options,
    ILogger<ConsoleConnections> logger)
{
    private const int RenewalParallelism = 32;
    private readonly ConcurrentDictionary<string, ConsoleSession> _sessions = new(StringComparer.Ordinal);

    /// <summary>Raised after a connection has been opened or closed (its subscription made or removed).</summary>
    public event Action? SessionsChanged;

    /// <summary>Raised after a session subscribed again and asked its observer to catch up.</summary>
    public event Action<ConsoleSession>? Resubscribed;

    /// <summary>Raised after each <see cref="RenewAllAsync"/>, with the number of connections it went over.</summary>
    public event Action<int>? SubscriptionsRenewed;

    public int Count => _sessions.Count;

    public ConsoleSession? Find(string connectionId) => _sessions.GetValueOrDefault(connectionId);

    /// <summary>The live connections of one agent.</summary>
    public IReadOnlyList<ConsoleSession> ForAgent(string agentId) =>
        [.. _sessions.Values.Where(s => string.Equals(s.AgentId, agentId, StringComparison.Ordinal))];

    /// <summary>
    /// Renews the subscription of every live connection, then has each send what its agent's feed holds beyond the
    /// last push it sent (pushes made while the subscription was lost, e.g. with the agent grain's silo); failures
    /// are logged, never thrown.
    /// </summary>
    public async Task RenewAllAsync(CancellationToken cancellationToken = default)
    {
        var sessions = _sessions.Values.ToList();
        await Parallel.ForEachAsync(
            sessions,
            new ParallelOptions { MaxDegreeOfParallelism = RenewalParallelism, CancellationToken = cancellationToken },
            async (session, _) => await ResubscribeAsync(session).ConfigureAwait(false)).ConfigureAwait(false);
        logger.Renewed(sessions.Count);
        SubscriptionsRenewed?.Invoke(sessions.Count);
    }

    /// <summary>
    /// Subscribes the session again (idempotent; retried while the agent grain's silo is gone, until a survivor hosts
    /// it), then has its observer send what the feed got meanwhile. Failures are logged, never thrown.
    /// </summary>
    private async Task ResubscribeAsync(ConsoleSession session)
    {
        if (session.IsClosed)
        {
            return;
        }

        try
        {
            await ClusterRetry.RunAsync(() => Agent(session).Subscribe(session.Reference)).ConfigureAwait(false);
            session.Observer.RequestCatchUp();
            Resubscribed?.Invoke(session);
        }
        catch (Exception exception)
        {
            logger.RenewalFailed(exception, session.ConnectionId, session.AgentId);
        }
    }

    internal async Task<ConsoleSession> OpenAsync(HubCallerContext context, PersonDefinition person, Actor actor)
    {
        var settings = options.Value;
        var session = new ConsoleSession(context, person, actor, new InvocationRateLimiter(settings.InvocationsPerSecond, settings.InvocationBurst, time));
        var agent = Agent(session);
        session.Observer = new ConsoleObserver(
            context.ConnectionId,
            hub.Clients.Client(context.ConnectionId),
            agent.GetPushesAfter,
            settings.OutboxCapacity,
            session.Abort,
            () => _ = Task.Run(() => ResubscribeAfterActivationEndedAsync(session)),
            logger);
        session.Reference = grains.CreateObjectReference<IAgentConsoleObserver>(session.Observer);
        session.Pump = Task.Run(session.Observer.PumpAsync);
        _sessions[context.ConnectionId] = session;
        try
        {
            // Retried while the agent grain's silo is gone (a console moving off a dead silo arrives before the
            // cluster declared it dead): the connection opens once a survivor hosts the grain.
            await ClusterRetry.RunAsync(() => agent.Subscribe(session.Reference)).ConfigureAwait(false);

            // From here on the connection's pushes are gap-free: what came before, the console gets with Resume.
            if (await ClusterRetry.RunAsync(agent.Get).ConfigureAwait(false) is { } view)
            {
                session.Observer.MarkSent(view.LastSequence);
            }
        }
        catch
        {
            await CloseAsync(context.ConnectionId).ConfigureAwait(false);
            throw;
        }

        logger.Opened(context.ConnectionId, person.Id);
        SessionsChanged?.Invoke();
        return session;
    }

    internal async Task CloseAsync(string connectionId)
    {
        if (!_sessions.TryRemove(connectionId, out var session) || !session.MarkClosed())
        {
            return;
        }

        session.Observer.Complete();
        try
        {
            await Agent(session).Unsubscribe(session.Reference).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            logger.UnsubscribeFailed(exception, connectionId, session.AgentId);
        }

        grains.DeleteObjectReference<IAgentConsoleObserver>(session.Reference);
        await session.Pump.ConfigureAwait(false);
        logger.Closed(connectionId, session.AgentId);
        SessionsChanged?.Invoke();
    }

    /// <summary>Off the observer's call: the agent grain told this console its activation is going.</summary>
    private async Task ResubscribeAfterActivationEndedAsync(ConsoleSession session)
    {
        logger.AgentActivationEnded(session.ConnectionId, session.AgentId);
        await ResubscribeAsync(session).ConfigureAwait(false);
    }

    private IAgentGrain Agent(ConsoleSession session) => grains.GetGrain<IAgentGrain>(session.AgentId);
}
