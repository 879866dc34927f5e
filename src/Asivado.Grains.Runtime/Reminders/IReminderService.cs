using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// The durable reminder scheduler: persists on change, keeps what falls due soon in memory, and fires
/// each reminder through <see cref="IReminderDispatcher"/> close to its due instant.
/// </summary>
public interface IReminderService
{
    /// <summary>Registers or replaces a reminder. <paramref name="period"/> zero makes it one-shot.</summary>
    Task<ReminderEntry> RegisterOrUpdateAsync(GrainId grainId, string name, DateTimeOffset dueAt, TimeSpan period, CancellationToken cancellationToken = default);

    /// <returns>True when the reminder existed.</returns>
    Task<bool> UnregisterAsync(GrainId grainId, string name, CancellationToken cancellationToken = default);

    Task<ReminderEntry?> GetAsync(GrainId grainId, string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReminderEntry>> GetAllAsync(GrainId grainId, CancellationToken cancellationToken = default);

    /// <summary>Loads what falls due soon, including reminders that fell due while the process was down.</summary>
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Stops firing; waits for dispatches in flight.</summary>
    Task StopAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Completes once every reminder due at or before the clock's current instant has been dispatched and its
    /// dispatch has finished. Lets tests in virtual time wait without sleeping.
    /// </summary>
    Task WhenIdleAsync(CancellationToken cancellationToken = default);
}
