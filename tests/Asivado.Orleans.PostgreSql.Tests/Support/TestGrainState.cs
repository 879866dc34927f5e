using Orleans;

namespace Asivado.Orleans.PostgreSql.Tests.Support;

/// <summary>An <see cref="IGrainState{T}"/> as Orleans' state bridge hands it to a storage, with a non-null state.</summary>
internal sealed class TestGrainState<T> : IGrainState<T>
    where T : new()
{
    private T _state = new();

    /// <summary>The state; a null the storage might set would fail the test at once.</summary>
    public T State
    {
        get => _state;
        set => _state = value;
    }

    T? IGrainState<T>.State
    {
        get => _state;
        set => State = value ?? throw new InvalidOperationException("The storage set a null state.");
    }

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
