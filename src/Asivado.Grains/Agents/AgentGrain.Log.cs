using Microsoft.Extensions.Logging;

namespace Asivado.Grains.Agents;

/// <summary>Log messages of the agent grain: ids only, never names or contact details.</summary>
public sealed partial class AgentGrain
{
    [LoggerMessage(1002, LogLevel.Warning, "Agent {AgentId}: reporting availability to department {DepartmentId} failed; the next change reports it again.")]
    private partial void LogAvailabilityReportFailed(Exception exception, string agentId, string departmentId);
}
