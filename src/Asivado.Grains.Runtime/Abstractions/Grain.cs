using System.Globalization;
using Asivado.Grains.Runtime.Catalog;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Timers;

namespace Asivado.Grains.Runtime.Abstractions;

/// <summary>
/// Base class of grain classes, as in Orleans. The runtime constructs grains (with DI services and
/// [PersistentState] parameters); identity, factory, timers and reminders are usable from the constructor on.
/// </summary>
public abstract class Grain
{
    private readonly ActivationData? _activation;

    protected Grain()
    {
        _activation = ActivationData.Constructing;
    }

    public GrainId GrainId => Activation.GrainId;

    protected IGrainFactory GrainFactory => Activation.Runtime.GrainFactory;

    protected IServiceProvider ServiceProvider => Activation.Runtime.Services;

    /// <summary>The runtime's clock; use it rather than DateTimeOffset.UtcNow so tests can drive time.</summary>
    protected TimeProvider TimeProvider => Activation.Runtime.Time;

    internal ActivationData Activation => _activation
        ?? throw new InvalidOperationException($"{GetType().Name} was not created by the grain runtime; get grains from IGrainFactory.");

    public string GetPrimaryKeyString() => GrainId.Key;

    /// <exception cref="InvalidOperationException">The grain is not keyed by a Guid.</exception>
    public Guid GetPrimaryKey() => Guid.TryParseExact(GrainId.Key, "N", out var key)
        ? key
        : throw new InvalidOperationException($"Grain {GrainId} is not keyed by a Guid.");

    /// <exception cref="InvalidOperationException">The grain is not keyed by a long.</exception>
    public long GetPrimaryKeyLong() => long.TryParse(GrainId.Key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key)
        ? key
        : throw new InvalidOperationException($"Grain {GrainId} is not keyed by a long.");

    /// <summary>Called after persistent state is loaded and before the first request.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called once no request runs, before the activation leaves memory. Timers are already disposed.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation once the current request (and any running with it) completes.</summary>
    protected void DeactivateOnIdle() => Activation.RequestDeactivation(
        new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "The grain called DeactivateOnIdle."));

    /// <summary>Registers a timer whose ticks run as turns of this activation (see <see cref="GrainTimerCreationOptions"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative due time or period other than <see cref="Timeout.InfiniteTimeSpan"/>.</exception>
    protected IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new GrainTimer(Activation, (s, ct) => callback((TState)s!, ct), state, options);
    }

    /// <inheritdoc cref="RegisterGrainTimer{TState}(Func{TState, CancellationToken, Task}, TState, GrainTimerCreationOptions)"/>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new GrainTimer(Activation, (_, ct) => callback(ct), null, options);
    }

    /// <inheritdoc cref="RegisterGrainTimer{TState}(Func{TState, CancellationToken, Task}, TState, GrainTimerCreationOptions)"/>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        RegisterGrainTimer(callback, new GrainTimerCreationOptions(dueTime, period));

    /// <summary>Registers or replaces a durable reminder first due after <paramref name="dueTime"/>, then every <paramref name="period"/> (zero: once).</summary>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The due time or period is negative.</exception>
    /// <exception cref="InvalidOperationException">The grain class does not implement <see cref="IRemindable"/>.</exception>
    protected Task<ReminderEntry> RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        ValidateReminder(reminderName);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(period, TimeSpan.Zero);
        return Activation.Runtime.Reminders.RegisterOrUpdateAsync(GrainId, reminderName, TimeProvider.GetUtcNow() + dueTime, period);
    }

    /// <summary>Registers or replaces a one-shot durable reminder due at the exact instant <paramref name="dueAt"/>.</summary>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="InvalidOperationException">The grain class does not implement <see cref="IRemindable"/>.</exception>
    protected Task<ReminderEntry> RegisterOrUpdateReminder(string reminderName, DateTimeOffset dueAt)
    {
        ValidateReminder(reminderName);
        return Activation.Runtime.Reminders.RegisterOrUpdateAsync(GrainId, reminderName, dueAt, TimeSpan.Zero);
    }

    /// <returns>True when the reminder existed.</returns>
    protected Task<bool> UnregisterReminder(string reminderName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reminderName);
        return Activation.Runtime.Reminders.UnregisterAsync(GrainId, reminderName);
    }

    protected Task<ReminderEntry?> GetReminder(string reminderName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reminderName);
        return Activation.Runtime.Reminders.GetAsync(GrainId, reminderName);
    }

    protected Task<IReadOnlyList<ReminderEntry>> GetReminders() => Activation.Runtime.Reminders.GetAllAsync(GrainId);

    private void ValidateReminder(string reminderName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reminderName);
        if (this is not IRemindable)
        {
            throw new InvalidOperationException($"Grain class {GetType().FullName} registers a reminder but does not implement IRemindable.");
        }
    }
}
