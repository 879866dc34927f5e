using Orleans.Serialization.Cloning;

namespace Asivado.Grains.Serialization;

/// <summary>
/// Orleans deep-copies the arguments of a call inside a silo unless the type is immutable. The domain and the grain
/// contracts are immutable records (changes build new values), so the copy is the value itself; without this the
/// JSON codec would copy each by writing and reading it.
/// </summary>
internal sealed class SharedImmutableCopier : IGeneralizedCopier
{
    public bool IsSupportedType(Type type) => JsonCarriedContracts.IsCarried(type);

    public object? DeepCopy(object? input, CopyContext context) => input;
}
