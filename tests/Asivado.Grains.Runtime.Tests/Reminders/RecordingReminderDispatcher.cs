using System.Collections.Concurrent;
using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders;

/// <summary>Records every dispatch with the clock's instant; can be told to fail or to hold a dispatch open.</summary>
internal sealed class RecordingReminderDispatcher(TimeProvider time) : IReminderDispatcher
{
    private readonly ConcurrentQueue<Dispatch> _dispatches = new();

    /// <summary>Decides per dispatch what happens; the default completes at once.</summary>
    public Func<ReminderEntry, Task> Behaviour { get; set; } = static _ => Task.CompletedTask;

    public IReadOnlyList<Dispatch> Dispatches => _dispatches.ToArray();

    public IReadOnlyList<string> Names => _dispatches.Select(d => d.Reminder.Name).ToArray();

    public Task DispatchAsync(ReminderEntry reminder, TickStatus status, CancellationToken cancellationToken)
    {
        _dispatches.Enqueue(new Dispatch(reminder, status, time.GetUtcNow()));
        return Behaviour(reminder);
    }

    public sealed record Dispatch(ReminderEntry Reminder, TickStatus Status, DateTimeOffset At);
}
