namespace Asivado.Grains.Runtime.Hosting;

/// <summary>
/// Work that must finish before the runtime takes calls or fires reminders, such as a storage
/// provider's schema migration. The runtime runs every registered task, in registration order, at start-up.
/// </summary>
public interface IGrainRuntimeStartupTask
{
    Task ExecuteAsync(CancellationToken cancellationToken);
}
