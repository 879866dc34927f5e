using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Scheduling;

/// <summary>Hands a due deadline to its grain. Throws when the call failed, so it is retried.</summary>
internal interface IDeadlineDelivery
{
    Task DeliverAsync(DeadlineEntry entry, DeadlineFiring firing);
}
