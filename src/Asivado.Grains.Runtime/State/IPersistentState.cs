namespace Asivado.Grains.Runtime.State;

/// <summary>
/// A named piece of grain state kept in <see cref="Storage.IGrainStorage"/> as JSON. Inject it into a grain
/// constructor with <see cref="PersistentStateAttribute"/>; the runtime reads it before <c>OnActivateAsync</c>.
/// </summary>
public interface IPersistentState<TState>
{
    /// <summary>The current value; a new instance of <typeparamref name="TState"/> when nothing is stored.</summary>
    TState State { get; set; }

    /// <summary>The version read or last written; null when no record exists.</summary>
    string? Etag { get; }

    bool RecordExists { get; }

    Task ReadStateAsync(CancellationToken cancellationToken = default);

    /// <exception cref="Storage.InconsistentStateException">Someone else wrote the state since it was read; the activation is then deactivated.</exception>
    Task WriteStateAsync(CancellationToken cancellationToken = default);

    /// <exception cref="Storage.InconsistentStateException">Someone else wrote the state since it was read; the activation is then deactivated.</exception>
    Task ClearStateAsync(CancellationToken cancellationToken = default);
}
