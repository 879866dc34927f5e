using Asivado.Domain.Cases;
using Asivado.Grains.Common;
using Asivado.Orleans.Deadlines;
using Orleans.Concurrency;

namespace Asivado.Grains.Cases;

/// <summary>
/// One case, keyed by its id. Every successful call has persisted the change and its history entry
/// before it returns; a failed one changed nothing. Each pending deadline and escalation step is a
/// durable deadline (Asivado.Orleans.Deadlines).
/// </summary>
public interface ICaseGrain : IGrainWithStringKey, IDeadlineHandler
{
    /// <summary>Creates the case. Opening again with the same intake returns the case; a different intake is a conflict.</summary>
    Task<GrainResult<CaseView>> Open(CaseIntake intake, Actor by);

    /// <summary>
    /// Idempotent intake under a case id derived from the submitter's idempotency key
    /// (<see cref="CaseIds.ForIdempotencyKey"/>): opens the case the first time (Created), returns it for a retry with
    /// the same intake (finishing whatever an interrupted first attempt left undone), and refuses a different intake
    /// under the same key (Conflict). A refused intake stores nothing, so the key can carry the corrected request.
    /// With <paramref name="withCase"/> false the receipt leaves the case view out (it is not even built).
    /// </summary>
    Task<GrainResult<IntakeReceipt>> TakeIn(CaseIntake intake, Actor by, bool withCase = true);

    /// <summary>Null when no case has this id.</summary>
    [ReadOnly]
    Task<CaseView?> Get();

    /// <summary>Null when no case has this id.</summary>
    [ReadOnly]
    Task<IReadOnlyList<CaseHistoryEntry>?> GetHistory();

    /// <summary>
    /// The history for <paramref name="reader"/>: decided by the read rule (<see cref="Access.CaseAccess.CanRead"/>) in
    /// the same turn that reads, so no caller reads a case to decide and then fetches it with a second call.
    /// </summary>
    [ReadOnly]
    Task<GrainResult<IReadOnlyList<CaseHistoryEntry>>> ReadHistory(Actor reader);

    /// <summary>
    /// Applies a lifecycle command (acknowledge, assign, reassign, pause, resume, respond, extend, resolve,
    /// decline, confirm, reopen). The grain stamps <see cref="CaseCommand.At"/> with its own clock.
    /// <see cref="ReferCase"/> is refused here: use <see cref="Refer"/>.
    /// </summary>
    Task<GrainResult<CaseView>> Execute(CaseCommand command, Actor by);

    Task<GrainResult<CaseView>> Refer(CaseReferralRequest request, Actor by);

    /// <summary>
    /// Gives the case to <paramref name="agentId"/>: assigns it when it is queued, reassigns it when someone carries it,
    /// decided in the grain's turn (a console's claim and a lead's move make this one call). The access and ownership
    /// rule is <see cref="Execute"/>'s; the case already with that agent is a conflict.
    /// </summary>
    Task<GrainResult<CaseView>> GiveTo(string agentId, Actor by);

    /// <summary>
    /// Re-applies the organisation as of published revision <paramref name="revision"/> (this silo catches up first): each
    /// open deadline counts on from now with the department's current calendar and policy for its target, consumed time
    /// kept (the domain's re-application rule). A deadline that moved is recorded in the history (target, old and new
    /// due instant, revision), re-scheduled, and its countdown pushed to the assignee's console and the department's
    /// queue. Idempotent: a clock already on the current basis is left as it is, so a second call changes nothing.
    /// </summary>
    Task<Organisation.Revisions.Reapplication.ReapplyOutcome> Reapply(long revision);

    /// <summary>
    /// The department gives a queued case to an agent it reserved room on. One-way: the department never waits on a
    /// case (cases call it inside their own turns); the case applies it as the system, or logs why not, and reports
    /// its new assignee to the department as it reports every change.
    /// </summary>
    [OneWay]
    Task AssignFromQueue(string agentId);
}
