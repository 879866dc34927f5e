using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Tests.Support;

namespace Asivado.Grains.Runtime.Tests.TestGrains;

public interface IRemindingGrain : IGrainWithStringKey
{
    Task RemindAt(string name, DateTimeOffset dueAt);

    Task RemindEvery(string name, TimeSpan dueTime, TimeSpan period);

    Task<bool> Forget(string name);

    Task<ReminderEntry?> Find(string name);

    Task<IReadOnlyList<string>> Names();
}

/// <summary>Records "reminder:{key}:{name}:{tick time}" for each reminder it receives.</summary>
public sealed class RemindingGrain(Probe probe) : Grain, IRemindingGrain, IRemindable
{
    public Task RemindAt(string name, DateTimeOffset dueAt) => RegisterOrUpdateReminder(name, dueAt);

    public Task RemindEvery(string name, TimeSpan dueTime, TimeSpan period) => RegisterOrUpdateReminder(name, dueTime, period);

    public Task<bool> Forget(string name) => UnregisterReminder(name);

    public Task<ReminderEntry?> Find(string name) => GetReminder(name);

    public async Task<IReadOnlyList<string>> Names() => (await GetReminders()).Select(r => r.Name).ToList();

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        probe.Record($"reminder:{GetPrimaryKeyString()}:{reminderName}:{status.CurrentTickTime:HH:mm:ss}");
        return Task.CompletedTask;
    }
}

public interface INotRemindableGrain : IGrainWithStringKey
{
    Task TryRemind();
}

public sealed class NotRemindableGrain : Grain, INotRemindableGrain
{
    public Task TryRemind() => RegisterOrUpdateReminder("r", TimeSpan.FromMinutes(1), TimeSpan.Zero);
}
