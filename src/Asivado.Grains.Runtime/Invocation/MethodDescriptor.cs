using System.Reflection;

namespace Asivado.Grains.Runtime.Invocation;

/// <summary>What the runtime knows about one interface method, computed once per interface.</summary>
internal abstract class MethodDescriptor
{
    protected MethodDescriptor(MethodInfo method, ReturnKind returnKind, RequestFlags flags)
    {
        Method = method;
        ReturnKind = returnKind;
        Flags = flags;
        Name = $"{method.DeclaringType!.Name}.{method.Name}";
    }

    public MethodInfo Method { get; }

    /// <summary>"IInterface.Method", for messages and logs.</summary>
    public string Name { get; }

    public ReturnKind ReturnKind { get; }

    public RequestFlags Flags { get; }

    /// <summary>Sends the call through the runtime to the grain behind <paramref name="proxy"/>.</summary>
    public abstract object? InvokeGrain(GrainReferenceProxy proxy, object?[]? args);

    /// <summary>Calls the method directly on a local object (observers).</summary>
    public abstract object? InvokeDirect(object target, object?[]? args);

    /// <summary>A task of the declared return type that has failed with <paramref name="error"/>.</summary>
    public abstract object? Fail(Exception error);
}
