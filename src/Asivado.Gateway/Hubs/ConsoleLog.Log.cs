namespace Asivado.Gateway.Hubs;

/// <summary>Console hub log messages: connection and agent ids only, never names or contact details.</summary>
internal static partial class ConsoleLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Console {ConnectionId} of agent {AgentId} connected and subscribed.")]
    public static partial void Opened(this ILogger logger, string connectionId, string agentId);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Console {ConnectionId} of agent {AgentId} disconnected and unsubscribed.")]
    public static partial void Closed(this ILogger logger, string connectionId, string agentId);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Could not unsubscribe console {ConnectionId} from agent {AgentId}; the subscription will expire by itself.")]
    public static partial void UnsubscribeFailed(this ILogger logger, Exception exception, string connectionId, string agentId);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Could not renew the subscription of console {ConnectionId} on agent {AgentId}.")]
    public static partial void RenewalFailed(this ILogger logger, Exception exception, string connectionId, string agentId);

    [LoggerMessage(EventId = 105, Level = LogLevel.Debug, Message = "Renewed {Count} console subscriptions.")]
    public static partial void Renewed(this ILogger logger, int count);

    [LoggerMessage(EventId = 106, Level = LogLevel.Debug, Message = "Console subscription renewal stopped.")]
    public static partial void RenewalStopped(this ILogger logger);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "Console {ConnectionId} fell behind (push {Sequence} did not fit its outbox): disconnecting it; it resumes from its last sequence.")]
    public static partial void OutboxOverflow(this ILogger logger, string connectionId, long sequence);

    [LoggerMessage(EventId = 108, Level = LogLevel.Warning, Message = "Could not send push {Sequence} to console {ConnectionId}.")]
    public static partial void PushFailed(this ILogger logger, Exception exception, string connectionId, long sequence);

    [LoggerMessage(EventId = 113, Level = LogLevel.Warning, Message = "Could not read the feed after push {Sequence} for console {ConnectionId}; it catches up at its next push or Resume.")]
    public static partial void CatchUpFailed(this ILogger logger, Exception exception, string connectionId, long sequence);

    [LoggerMessage(EventId = 114, Level = LogLevel.Information, Message = "Silo {Silo} left the cluster: renewing {Count} console subscriptions on this silo.")]
    public static partial void SiloLeft(this ILogger logger, string silo, int count);

    [LoggerMessage(EventId = 115, Level = LogLevel.Debug, Message = "The agent grain of console {ConnectionId} (agent {AgentId}) ended its activation: subscribing again.")]
    public static partial void AgentActivationEnded(this ILogger logger, string connectionId, string agentId);

    [LoggerMessage(EventId = 109, Level = LogLevel.Warning, Message = "Console {ConnectionId} exceeded its invocation rate calling {Method}.")]
    public static partial void RateLimited(this ILogger logger, string connectionId, string method);

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "Console connection {ConnectionId} refused: {Reason}.")]
    public static partial void Refused(this ILogger logger, string connectionId, string reason);

    [LoggerMessage(EventId = 111, Level = LogLevel.Information, Message = "Agent {AgentId} {Action} case {CaseId} (to {TargetAgentId}) from the console.")]
    public static partial void CaseAction(this ILogger logger, string agentId, string action, string caseId, string targetAgentId);

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "The SignalR JavaScript client is missing (ConsoleClient/node_modules): the console page cannot connect. Run `npm ci` in src/Asivado.Gateway/ConsoleClient (needs Node.js and npm) and rebuild.")]
    public static partial void ConsoleClientLibraryMissing(this ILogger logger);
}
