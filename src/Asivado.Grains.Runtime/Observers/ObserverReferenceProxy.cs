using System.Reflection;
using Asivado.Grains.Runtime.Invocation;

namespace Asivado.Grains.Runtime.Observers;

/// <summary>
/// The object behind an observer reference: calls go straight to the local observer until the reference
/// is deleted, then fault with <see cref="ObjectDisposedException"/>. Public only because DispatchProxy derives from it.
/// </summary>
public class ObserverReferenceProxy : DispatchProxy
{
    private GrainInterfaceInfo _interface = null!;
    private volatile object? _target;

    internal void Initialize(GrainInterfaceInfo observerInterface, object target)
    {
        _interface = observerInterface;
        _target = target;
    }

    internal void Delete() => _target = null;

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var method = _interface.Methods[targetMethod!];
        var target = _target;
        return target is null
            ? method.Fail(new ObjectDisposedException(_interface.InterfaceType.Name, "The observer reference was deleted."))
            : method.InvokeDirect(target, args);
    }

    public override string ToString() => $"ObserverReference({_interface.InterfaceType.Name})";
}
