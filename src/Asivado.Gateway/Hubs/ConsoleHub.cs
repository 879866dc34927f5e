using Asivado.Grains.Agents;
using Asivado.Grains.Organisation;
using Microsoft.AspNetCore.SignalR;
using NodaTime;

namespace Asivado.Gateway.Hubs;

/// <summary>
/// The agent console's hub (JSON protocol, at <see cref="ConsoleHubOptions.Path"/>, signed-in people only).
/// Server → console: <see cref="PushTarget"/> with one <see cref="ConsolePush"/>. The agent's pushes are
/// persisted with gap-free sequences before they are sent, so a console calls <see cref="Resume"/> with the
/// last sequence and epoch it applied on every (re)connect, then applies live pushes, dropping those it already has;
/// routine state (presence, queue notices) comes as latest values with sequence 0.
/// Agents and leads get their department's queue-changed pushes through their own agent grain, so the hub needs no
/// SignalR groups: everything a console shows comes from one resumable, ordered feed.
/// Every argument is checked; a refused call throws a <see cref="HubException"/> (see <see cref="ConsoleHubErrors"/>)
/// and changes nothing.
/// </summary>
public sealed partial class ConsoleHub(
    IGrainFactory grains,
    IOrganisationDirectory directory,
    ConsoleConnections connections,
    TimeProvider time,
    ILogger<ConsoleHub> logger) : Hub
{
    public const string PushTarget = "push";

    private ConsoleSession Session =>
        connections.Find(Context.ConnectionId) ?? throw new HubException("not connected: this console's session has ended; reconnect");

    private Instant Now => Instant.FromDateTimeOffset(time.GetUtcNow());

    private IAgentGrain Agent(ConsoleSession session) => grains.GetGrain<IAgentGrain>(session.AgentId);

    public override async Task OnConnectedAsync()
    {
        var subject = ConsoleIdentity.Subject(Context.User);
        var person = subject is null ? null : directory.FindPerson(subject);
        var actor = ConsoleIdentity.Actor(Context.User);
        if (person is null || actor is null)
        {
            // The authorization policy already refuses these at negotiate; this guards the hub on its own.
            logger.Refused(Context.ConnectionId, "no person or role in the token");
            throw ConsoleHubErrors.Forbidden("the token does not name a person of the organisation with a role");
        }

        await connections.OpenAsync(Context, person, actor).ConfigureAwait(false);
        await base.OnConnectedAsync().ConfigureAwait(false);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await connections.CloseAsync(Context.ConnectionId).ConfigureAwait(false);
        await base.OnDisconnectedAsync(exception).ConfigureAwait(false);
    }

    /// <summary>
    /// Every push after <paramref name="lastSequence"/> of <paramref name="epoch"/> (0 and null on a first connect), in
    /// order, with the feed's epoch, last sequence and snapshot; truncated when that cannot be complete.
    /// </summary>
    public async Task<FeedResume> Resume(long lastSequence, string? epoch)
    {
        var session = Session;
        ConsoleArguments.RequireSequence(lastSequence, nameof(lastSequence), minimum: 0);
        if (epoch is not null)
        {
            ConsoleArguments.RequireId(epoch, nameof(epoch));
        }

        return await Agent(session).Resume(epoch, lastSequence).ConfigureAwait(false)
            ?? throw ConsoleHubErrors.NotFound("this console's agent is not a person of the organisation");
    }

    /// <param name="presence">Available, Busy, Away or Offline (any case).</param>
    public async Task<AgentView> SetPresence(string? presence)
    {
        var session = Session;
        var value = ParsePresence(presence);
        var result = await Agent(session).SetPresence(value, session.Actor).ConfigureAwait(false);
        return result.ValueOrThrow();
    }

    public async Task<AgentView> AcknowledgeEscalation(long sequence)
    {
        var session = Session;
        ConsoleArguments.RequireSequence(sequence, nameof(sequence), minimum: 1);
        var result = await Agent(session).AcknowledgeEscalation(sequence, session.Actor).ConfigureAwait(false);
        return result.ValueOrThrow();
    }

    private static AgentPresence ParsePresence(string? presence)
    {
        if (string.IsNullOrWhiteSpace(presence)
            || !presence.All(char.IsAsciiLetter)
            || !Enum.TryParse<AgentPresence>(presence, ignoreCase: true, out var value)
            || !Enum.IsDefined(value))
        {
            throw ConsoleHubErrors.Invalid(nameof(presence), $"must be one of {string.Join(", ", Enum.GetNames<AgentPresence>())}");
        }

        return value;
    }
}
