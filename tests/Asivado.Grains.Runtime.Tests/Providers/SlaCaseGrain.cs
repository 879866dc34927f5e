using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.State;

namespace Asivado.Grains.Runtime.Tests.Providers;

public interface ISlaCaseGrain : IGrainWithStringKey
{
    /// <summary>Persists the title, a one-shot "acknowledge" reminder at <paramref name="acknowledgeBy"/> and a periodic "hold" reminder.</summary>
    Task Open(string title, DateTimeOffset acknowledgeBy, TimeSpan holdPeriod);

    Task<SlaCaseState> Get();

    Task<IReadOnlyList<ReminderEntry>> Reminders();
}

/// <summary>The persisted state: the case title and every reminder firing, written in the firing's turn.</summary>
public sealed class SlaCaseState
{
    public string Title { get; set; } = "";

    public List<SlaFiring> Firings { get; set; } = [];
}

public sealed record SlaFiring(string Name, DateTimeOffset FiredAt);

/// <summary>A case grain that records each reminder firing in its persisted state.</summary>
public sealed class SlaCaseGrain : Grain, ISlaCaseGrain, IRemindable
{
    private readonly IPersistentState<SlaCaseState> _case;

    public SlaCaseGrain([PersistentState("case")] IPersistentState<SlaCaseState> @case) => _case = @case;

    public async Task Open(string title, DateTimeOffset acknowledgeBy, TimeSpan holdPeriod)
    {
        _case.State.Title = title;
        await _case.WriteStateAsync();
        await RegisterOrUpdateReminder("acknowledge", acknowledgeBy);
        await RegisterOrUpdateReminder("hold", holdPeriod, holdPeriod);
    }

    public Task<SlaCaseState> Get() => Task.FromResult(_case.State);

    public Task<IReadOnlyList<ReminderEntry>> Reminders() => GetReminders();

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _case.State.Firings.Add(new SlaFiring(reminderName, TimeProvider.GetUtcNow()));
        await _case.WriteStateAsync();
    }
}
