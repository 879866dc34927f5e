using Asivado.Grains.Common;
using Asivado.Orleans.Deadlines;
using Orleans.Concurrency;

namespace Asivado.Grains.Telephony;

/// <summary>
/// One phone call as a CTI integration reports it, keyed by the CTI's call id. The answer and hold
/// limits run as durable deadlines; when one passes, the department's available agents and its leads get a
/// call-waiting or over-hold alert at once; the call-waiting alerts close when the call is answered, taken or ends. Events out of order (answer before offer, hold while ringing)
/// are conflicts; repeating the last event is idempotent.
/// </summary>
public interface ICallGrain : IGrainWithStringKey, IDeadlineHandler
{
    Task<GrainResult<CallView>> Offer(CallOffer offer, Actor by);

    Task<GrainResult<CallView>> Answer(string agentId, Actor by);

    /// <summary>
    /// The signed-in person (<paramref name="by"/>) takes the ringing call: it is answered by them, as
    /// <see cref="Answer"/> by the CTI would record it, and every call-waiting alert for it closes. Only a case worker
    /// (agent or lead) of the department where it rings may (Forbidden); a call not ringing is a Conflict, a call never
    /// offered NotFound; the person who already has it gets the call again.
    /// </summary>
    Task<GrainResult<CallView>> Take(Actor by);

    Task<GrainResult<CallView>> StartHold(Actor by);

    Task<GrainResult<CallView>> EndHold(Actor by);

    Task<GrainResult<CallView>> Transfer(CallTransfer transfer, Actor by);

    Task<GrainResult<CallView>> End(Actor by);

    [ReadOnly]
    Task<CallView?> Get();
}
