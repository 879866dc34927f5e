using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Scheduling;

/// <summary>Delivers a deadline by calling <see cref="IDeadlineHandler.ReceiveDeadline"/> on the target grain.</summary>
internal sealed class GrainDeadlineDelivery(IGrainFactory grainFactory) : IDeadlineDelivery
{
    public Task DeliverAsync(DeadlineEntry entry, DeadlineFiring firing) =>
        grainFactory.GetGrain<IDeadlineHandler>(entry.Target).ReceiveDeadline(firing);
}
