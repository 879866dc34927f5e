using Asivado.Grains.Common;
using Asivado.Grains.Runtime.Abstractions;

namespace Asivado.Grains.Cases;

/// <summary>
/// Idempotent intake, keyed by "{actorId}/{idempotencyKey}": the first submission opens a case, a retry
/// with the same intake returns the same case, a different intake under the same key is a conflict.
/// </summary>
public interface IIntakeGrain : IGrainWithStringKey
{
    Task<GrainResult<IntakeReceipt>> Submit(CaseIntake intake, Actor by);
}

/// <param name="Created">False when this was a retry of an earlier submission.</param>
public sealed record IntakeReceipt(string CaseId, bool Created, CaseView Case);
