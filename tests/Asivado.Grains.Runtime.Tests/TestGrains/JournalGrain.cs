using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.State;

namespace Asivado.Grains.Runtime.Tests.TestGrains;

/// <summary>A state that counts the entries of a log attached to it, as a case counts its history.</summary>
public interface IJournalGrain : IGrainWithStringKey
{
    Task Write(string text);

    /// <summary>Stages an entry without writing the state, so it stays out of storage.</summary>
    Task Stage(string text);

    [ReadOnly]
    Task<IReadOnlyList<string>> Read();

    Task Deactivate();
}

public sealed class JournalState
{
    public long Count { get; set; }
}

public sealed class JournalGrain(
    [PersistentState("journal")] IPersistentState<JournalState> state,
    [PersistentLog("entries", attachedTo: "journal")] IPersistentLog<string> entries) : Grain, IJournalGrain
{
    public async Task Write(string text)
    {
        entries.Append(state.State.Count + 1, text);
        state.State.Count++;
        await state.WriteStateAsync();
    }

    public Task Stage(string text)
    {
        entries.Append(state.State.Count + 1, text);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> Read() => entries.ReadAsync(state.State.Count);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

public interface IDetachedJournalGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<string>> Read();
}

/// <summary>A log attached to a state the grain does not have: refused when the class is registered.</summary>
public sealed class DetachedJournalGrain(
    [PersistentLog("entries", attachedTo: "missing")] IPersistentLog<string> entries) : Grain, IDetachedJournalGrain
{
    public Task<IReadOnlyList<string>> Read() => entries.ReadAsync(0);
}
