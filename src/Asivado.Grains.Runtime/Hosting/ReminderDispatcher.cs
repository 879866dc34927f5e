using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Invocation;
using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Hosting;

/// <summary>Delivers firing reminders as turns of their grains, activating them when needed.</summary>
internal sealed class ReminderDispatcher : IReminderDispatcher
{
    private readonly GrainRuntime _runtime;

    public ReminderDispatcher(GrainRuntime runtime)
    {
        _runtime = runtime;
    }

    public Task DispatchAsync(ReminderEntry reminder, TickStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var grainClass = _runtime.Registry.ForTypeName(reminder.GrainId.Type);
        if (grainClass is null)
        {
            return Task.FromException(new InvalidOperationException(
                $"Reminder '{reminder.Name}' is for grain {reminder.GrainId}, but no grain class has the type name '{reminder.GrainId.Type}'."));
        }

        if (!grainClass.IsRemindable)
        {
            return Task.FromException(new InvalidOperationException(
                $"Reminder '{reminder.Name}' is for grain {reminder.GrainId}, but {grainClass.ClassType.FullName} does not implement IRemindable."));
        }

        var name = reminder.Name;
        return _runtime.SendAsync(
            reminder.GrainId,
            $"{nameof(IRemindable)}.{nameof(IRemindable.ReceiveReminder)}",
            RequestFlags.CountsAsActivity,
            (grain, _) => TaskAdapters.FromTask(((IRemindable)grain).ReceiveReminder(name, status)));
    }
}
