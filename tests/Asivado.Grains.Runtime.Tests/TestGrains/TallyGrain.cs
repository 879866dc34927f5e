using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.State;

namespace Asivado.Grains.Runtime.Tests.TestGrains;

/// <summary>A keyed collection beside a plain state: named tallies, each written alone.</summary>
public interface ITallyGrain : IGrainWithStringKey
{
    Task Set(string name, int value);

    Task Remove(string name);

    /// <summary>Changes the entry in memory only, without writing it.</summary>
    Task SetUnsaved(string name, int value);

    [ReadOnly]
    Task<IReadOnlyDictionary<string, int>> All();

    [ReadOnly]
    Task<string> Title();

    Task Deactivate();
}

public sealed record Tally(int Value);

public sealed class TitleState
{
    public string Title { get; set; } = "";
}

public sealed class TallyGrain(
    [PersistentDictionary("tallies")] IPersistentDictionary<Tally> tallies,
    [PersistentState("title")] IPersistentState<TitleState> title) : Grain, ITallyGrain
{
    public async Task Set(string name, int value)
    {
        tallies.Set(name, new Tally(value));
        title.State.Title = $"last set {name}";
        await Task.WhenAll(tallies.WriteChangesAsync(), title.WriteStateAsync());
    }

    public async Task Remove(string name)
    {
        tallies.Remove(name);
        await tallies.WriteChangesAsync();
    }

    public Task SetUnsaved(string name, int value)
    {
        tallies.Set(name, new Tally(value));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, int>> All() =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(tallies.ToDictionary(pair => pair.Key, pair => pair.Value.Value));

    public Task<string> Title() => Task.FromResult(title.State.Title);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
