namespace Asivado.Orleans.Deadlines;

/// <summary>
/// Implemented by a grain that schedules deadlines: the deadline service calls it when one falls due, also when it
/// fell due while no silo owned it (once, at start-up or hand-over). Delivery is at least once: a deadline is
/// removed only after this call completed, so after a crash the grain may see it again and should de-duplicate by
/// <see cref="DeadlineFiring.Name"/> and <see cref="DeadlineFiring.DueAt"/>. The deadline is removed unless the grain
/// scheduled the same name again while handling it. A call that throws is retried with back-off.
/// </summary>
public interface IDeadlineHandler : IGrain
{
    Task ReceiveDeadline(DeadlineFiring firing);
}
