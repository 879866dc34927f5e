using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Tests.TestGrains;

public interface IGuidKeyGrain : IGrainWithGuidKey
{
    Task<Guid> Key();

    Task<GrainId> Id();
}

public interface ILongKeyGrain : IGrainWithIntegerKey
{
    ValueTask<long> Key();

    ValueTask Nothing();
}

[GrainType("guid-keyed")]
public sealed class GuidKeyGrain : Grain, IGuidKeyGrain
{
    public Task<Guid> Key() => Task.FromResult(GetPrimaryKey());

    public Task<GrainId> Id() => Task.FromResult(GrainId);
}

public sealed class LongKeyGrain : Grain, ILongKeyGrain
{
    public ValueTask<long> Key() => ValueTask.FromResult(GetPrimaryKeyLong());

    public ValueTask Nothing() => ValueTask.CompletedTask;
}

/// <summary>Has no grain class.</summary>
public interface IOrphanGrain : IGrainWithStringKey
{
    Task Call();
}

public interface IBadSignatureGrain : IGrainWithStringKey
{
    int NotAsync();
}

public sealed class BadSignatureGrain : Grain, IBadSignatureGrain
{
    public int NotAsync() => 1;
}
