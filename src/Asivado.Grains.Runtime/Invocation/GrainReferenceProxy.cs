using System.Reflection;
using Asivado.Grains.Runtime.Catalog;
using Asivado.Grains.Runtime.Hosting;
using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Invocation;

/// <summary>
/// The object behind every grain reference: each interface call becomes a request to the runtime.
/// Public only because DispatchProxy derives a type from it; not for direct use.
/// </summary>
public class GrainReferenceProxy : DispatchProxy
{
    internal GrainRuntime Runtime { get; private set; } = null!;

    internal GrainInterfaceInfo Interface { get; private set; } = null!;

    internal GrainClassInfo GrainClass { get; private set; } = null!;

    internal GrainId GrainId { get; private set; }

    /// <summary>The activation the last call went to; reused while it stays valid.</summary>
    internal ActivationData? CachedActivation { get; set; }

    internal void Initialize(GrainRuntime runtime, GrainInterfaceInfo grainInterface, GrainClassInfo grainClass, GrainId grainId)
    {
        Runtime = runtime;
        Interface = grainInterface;
        GrainClass = grainClass;
        GrainId = grainId;
    }

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        Interface.Methods[targetMethod!].InvokeGrain(this, args);

    public override string ToString() => $"GrainReference({GrainId}, {Interface.InterfaceType.Name})";
}
