using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Abstractions;

/// <summary>Implemented by grain classes that register durable reminders.</summary>
public interface IRemindable : IGrain
{
    /// <summary>Runs in a turn of the grain, like any request, each time the reminder fires.</summary>
    Task ReceiveReminder(string reminderName, TickStatus status);
}
