using Asivado.Grains.Runtime.Abstractions;

namespace Asivado.Grains.Runtime.Tests.TestGrains;

public interface IDeadlockGrain : IGrainWithStringKey
{
    /// <summary>Calls <paramref name="peer"/>.CallBack(this key), which calls this grain again.</summary>
    Task CallPeer(string peer);

    Task CallBack(string caller);

    Task Echo();
}

public sealed class DeadlockGrain : Grain, IDeadlockGrain
{
    public Task CallPeer(string peer) => GrainFactory.GetGrain<IDeadlockGrain>(peer).CallBack(GetPrimaryKeyString());

    public Task CallBack(string caller) => GrainFactory.GetGrain<IDeadlockGrain>(caller).Echo();

    public Task Echo() => Task.CompletedTask;
}
