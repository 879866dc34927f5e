using Asivado.Grains.Common;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Asivado.Grains.Telephony;

/// <summary>Ids only: never the caller's or callback number.</summary>
public sealed partial class CallGrain
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Call {CallId} ringing at {DepartmentId}; answer due at {DueAt}.")]
    private partial void LogOffered(string callId, string departmentId, Instant dueAt);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Call {CallId} answered by {AgentId} at {DepartmentId}.")]
    private partial void LogAnswered(string callId, string agentId, string departmentId);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Call {CallId} transferred from {FromDepartmentId} to {DepartmentId} (agent {AgentId}).")]
    private partial void LogTransferred(string callId, string fromDepartmentId, string departmentId, string? agentId);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Call {CallId} ended at {DepartmentId}.")]
    private partial void LogEnded(string callId, string departmentId);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Call {CallId} breached {TargetId} at {DepartmentId} (due {DueAt}); {Recipients} people alerted.")]
    private partial void LogTargetBreached(string callId, string targetId, string departmentId, Instant dueAt, int recipients);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Warning, Message = "Call {CallId}: {Action} to {RecipientId} failed; the call's own change stands.")]
    private partial void LogNotificationFailed(Exception exception, string callId, string action, string recipientId);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Warning, Message = "Call {CallId}: {Action} to {RecipientId} was refused ({ErrorKind}).")]
    private partial void LogNotificationRefused(string callId, string action, string recipientId, GrainErrorKind errorKind);
}
