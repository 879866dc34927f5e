using Microsoft.Extensions.Logging;

namespace Asivado.Grains.Organisation.Revisions.Reapplication;

public sealed partial class ReapplicationJobGrain
{
    [LoggerMessage(EventId = 5801, Level = LogLevel.Information, Message = "Re-application {JobId} of revision {Revision} started over {Total} open case(s).")]
    private static partial void LogStarted(ILogger logger, string jobId, long revision, int total);

    [LoggerMessage(EventId = 5802, Level = LogLevel.Warning, Message = "Re-application {JobId} resumed by its deadline at {Done} of {Total} case(s).")]
    private static partial void LogResumed(ILogger logger, string jobId, int done, int total);

    [LoggerMessage(EventId = 5803, Level = LogLevel.Information, Message = "Re-application {JobId} completed: {Total} case(s), {Changed} changed, {Failed} failed.")]
    private static partial void LogCompleted(ILogger logger, string jobId, int total, int changed, int failed);

    [LoggerMessage(EventId = 5804, Level = LogLevel.Warning, Message = "Re-application {JobId}: case {CaseId} could not be reached.")]
    private static partial void LogCaseFailed(ILogger logger, Exception exception, string jobId, string caseId);

    [LoggerMessage(EventId = 5805, Level = LogLevel.Warning, Message = "Re-application {JobId}: the step after {Done} case(s) failed; the job resumes from its last stored step.")]
    private static partial void LogStepFailed(ILogger logger, Exception exception, string jobId, int done);
}
