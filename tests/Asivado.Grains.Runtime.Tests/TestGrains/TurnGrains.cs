using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Tests.Support;

namespace Asivado.Grains.Runtime.Tests.TestGrains;

public interface ITurnGrain : IGrainWithStringKey
{
    /// <summary>Records "start:tag", signals "entered:tag", waits for gate "tag", records "end:tag".</summary>
    Task Hold(string tag);

    [AlwaysInterleave]
    Task<string> Interleaving(string tag);

    [ReadOnly]
    Task HoldReadOnly(string tag);
}

public interface IReentrantTurnGrain : IGrainWithStringKey
{
    Task Hold(string tag);
}

/// <summary>Shared body of the turn grains.</summary>
public abstract class HoldingGrain : Grain
{
    protected HoldingGrain(Probe probe)
    {
        Probe = probe;
    }

    protected Probe Probe { get; }

    public async Task Hold(string tag)
    {
        Probe.Record($"start:{tag}");
        Probe.Signal($"entered:{tag}");
        await Probe.Gate(tag);
        Probe.Record($"end:{tag}");
    }
}

public sealed class TurnGrain(Probe probe) : HoldingGrain(probe), ITurnGrain
{
    public Task<string> Interleaving(string tag)
    {
        Probe.Record($"interleaved:{tag}");
        return Task.FromResult(tag);
    }

    public Task HoldReadOnly(string tag) => Hold(tag);
}

[Reentrant]
public sealed class ReentrantTurnGrain(Probe probe) : HoldingGrain(probe), IReentrantTurnGrain;
