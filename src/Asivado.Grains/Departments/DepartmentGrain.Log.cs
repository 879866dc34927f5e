using Asivado.Grains.Common;
using Microsoft.Extensions.Logging;

namespace Asivado.Grains.Departments;

/// <summary>Log messages of the department grain: ids only, never names or contact details.</summary>
public sealed partial class DepartmentGrain
{
    [LoggerMessage(1101, LogLevel.Debug, "Department {DepartmentId}: case {CaseId} auto-assigned to agent {AgentId}.")]
    private partial void LogAutoAssigned(string departmentId, string caseId, string agentId);

    [LoggerMessage(1102, LogLevel.Warning, "Department {DepartmentId}: assigning queued case {CaseId} to agent {AgentId} failed; the case's next update corrects the queue.")]
    private partial void LogAssignmentFailed(Exception exception, string departmentId, string caseId, string agentId);

    [LoggerMessage(1104, LogLevel.Warning, "Department {DepartmentId}: the {Kind} push to {PersonId} failed.")]
    private partial void LogNoticeFailed(Exception exception, string departmentId, string kind, string personId);

    [LoggerMessage(1105, LogLevel.Debug, "Department {DepartmentId}: ignored a report from {AgentId} (not a member, or not a valid report).")]
    private partial void LogAgentReportIgnored(string departmentId, string agentId);

    [LoggerMessage(1106, LogLevel.Information, "Department {DepartmentId}: case {CaseId} is forecast to breach {TargetId}; its leads are warned.")]
    private partial void LogAtRisk(string departmentId, string caseId, string targetId);
}
