using Asivado.Grains.Common;
using Microsoft.Extensions.Logging;

namespace Asivado.Grains.Cases;

// The key is "{actorId}/{idempotencyKey}": an integration's or a person's id, never customer data.
public sealed partial class IntakeGrain
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Debug, Message = "Intake {IntakeKey} repeated: case {CaseId}.")]
    private static partial void LogRetry(ILogger logger, string intakeKey, string caseId);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "Intake {IntakeKey}: opening case {CaseId} was refused ({ErrorKind}); the key is free again.")]
    private static partial void LogRefused(ILogger logger, string intakeKey, string caseId, GrainErrorKind errorKind);
}
