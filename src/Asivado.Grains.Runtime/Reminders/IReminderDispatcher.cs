namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// Delivers a firing reminder to its grain: activates the grain when needed and runs
/// <c>IRemindable.ReceiveReminder</c> in a turn. Implemented by the grain runtime, called by the reminder service.
/// </summary>
public interface IReminderDispatcher
{
    /// <summary>Completes when the grain's <c>ReceiveReminder</c> has completed; faults when it failed.</summary>
    Task DispatchAsync(ReminderEntry reminder, TickStatus status, CancellationToken cancellationToken);
}
