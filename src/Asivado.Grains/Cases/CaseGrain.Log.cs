using Asivado.Domain.Cases;
using Asivado.Domain.Escalation;
using Asivado.Grains.Common;
using Microsoft.Extensions.Logging;

namespace Asivado.Grains.Cases;

// Ids only: never a customer's name, e-mail address, phone number or postal address.
public sealed partial class CaseGrain
{
    // Debug: at thousands of intakes a second one line per case would cost more than the intake; the
    // intake and escalation counters (Asivado.Gateway meter) and the case's history carry the same facts.
    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug, Message = "Case {CaseId} opened in department {DepartmentId} ({Channel}, {Kind}).")]
    private static partial void LogCaseOpened(ILogger logger, string caseId, string departmentId, Channel channel, CaseKind kind);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Debug, Message = "Case {CaseId}: {Command} applied; status {Status}.")]
    private static partial void LogCommandApplied(ILogger logger, string caseId, string command, CaseStatus status);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Case {CaseId} referred from department {FromDepartmentId} to {DepartmentId}.")]
    private static partial void LogCaseReferred(ILogger logger, string caseId, string fromDepartmentId, string departmentId);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Debug, Message = "Case {CaseId} assigned to {AgentId} by its department.")]
    private static partial void LogCaseAssigned(ILogger logger, string caseId, string agentId);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning, Message = "Case {CaseId}: department {DepartmentId} picked {AgentId}, but the case cannot be assigned to them; left in the queue.")]
    private static partial void LogAutoAssignmentRefused(ILogger logger, string caseId, string departmentId, string agentId);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Debug, Message = "Case {CaseId}: escalation {Rule} ({Level}) of target {TargetId} sent.")]
    private static partial void LogEscalationFired(ILogger logger, string caseId, string targetId, string rule, EscalationLevel level);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Debug, Message = "Case {CaseId}: deadline {DeadlineName} had nothing due; deadlines re-aligned.")]
    private static partial void LogStaleDeadline(ILogger logger, string caseId, string deadlineName);

    [LoggerMessage(EventId = 5108, Level = LogLevel.Warning, Message = "Case {CaseId}: {Call} to {GrainKey} failed after the change was persisted; not retried.")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string caseId, string call, string grainKey);

    [LoggerMessage(EventId = 5109, Level = LogLevel.Warning, Message = "Case {CaseId}: {Call} to {GrainKey} was refused ({ErrorKind}).")]
    private static partial void LogDeliveryRefused(ILogger logger, string caseId, string call, string grainKey, GrainErrorKind errorKind);

    [LoggerMessage(EventId = 5110, Level = LogLevel.Debug, Message = "Case {CaseId}: intake repeated; the case as opened is returned.")]
    private static partial void LogRetry(ILogger logger, string caseId);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Information, Message = "Case {CaseId}: the intake's settle deadline found it not yet announced in this activation; its deadlines, department and assignee are brought in line.")]
    private static partial void LogIntakeSettled(ILogger logger, string caseId);

    [LoggerMessage(EventId = 5120, Level = LogLevel.Information, Message = "Case {CaseId}: the department's assignment to {AgentId} was refused ({Kind}).")]
    private static partial void LogQueueAssignmentRefused(ILogger logger, string caseId, string agentId, GrainErrorKind kind);

    [LoggerMessage(EventId = 5121, Level = LogLevel.Debug, Message = "Case {CaseId}: revision {Revision} re-applied, {Moved} deadline(s) re-computed.")]
    private static partial void LogDeadlinesReapplied(ILogger logger, string caseId, long revision, int moved);
}
