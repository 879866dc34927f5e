using System.Collections.Frozen;
using System.Reflection;
using Asivado.Grains.Runtime.Abstractions;

namespace Asivado.Grains.Runtime.Invocation;

/// <summary>
/// The validated methods of a grain or observer interface (its own and inherited ones) with their invokers.
/// Built once per interface; a method with an unsupported signature makes the whole interface unusable.
/// </summary>
internal sealed class GrainInterfaceInfo
{
    private GrainInterfaceInfo(Type interfaceType, FrozenDictionary<MethodInfo, MethodDescriptor> methods)
    {
        InterfaceType = interfaceType;
        Methods = methods;
    }

    public Type InterfaceType { get; }

    public FrozenDictionary<MethodInfo, MethodDescriptor> Methods { get; }

    /// <exception cref="InvalidOperationException">A method does not return Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt;, or is generic, or has ref/out parameters.</exception>
    public static GrainInterfaceInfo Create(Type interfaceType)
    {
        if (!interfaceType.IsInterface)
        {
            throw new InvalidOperationException($"{interfaceType.FullName} is not an interface; grain and observer references are made for interfaces.");
        }

        var methods = new Dictionary<MethodInfo, MethodDescriptor>();
        foreach (var type in interfaceType.GetInterfaces().Prepend(interfaceType))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!method.IsAbstract)
                {
                    continue;
                }

                Validate(interfaceType, method);
                var flags = RequestFlags.CountsAsActivity;
                if (method.IsDefined(typeof(AlwaysInterleaveAttribute)))
                {
                    flags |= RequestFlags.AlwaysInterleave;
                }

                if (method.IsDefined(typeof(ReadOnlyAttribute)))
                {
                    flags |= RequestFlags.ReadOnly;
                }

                methods[method] = InvokerCompiler.Compile(method, ReturnKindOf(method.ReturnType)!.Value, flags);
            }
        }

        return new GrainInterfaceInfo(interfaceType, methods.ToFrozenDictionary());
    }

    private static void Validate(Type interfaceType, MethodInfo method)
    {
        var where = $"{interfaceType.FullName}.{method.Name}";
        if (ReturnKindOf(method.ReturnType) is null)
        {
            throw new InvalidOperationException(
                $"Method {where} returns {method.ReturnType.Name}; grain and observer methods must return Task, Task<T>, ValueTask or ValueTask<T>.");
        }

        if (method.IsGenericMethodDefinition)
        {
            throw new InvalidOperationException($"Method {where} is generic; grain and observer methods cannot be generic.");
        }

        if (method.GetParameters().Any(p => p.ParameterType.IsByRef))
        {
            throw new InvalidOperationException($"Method {where} has a ref, in or out parameter; grain and observer methods take their arguments by value.");
        }
    }

    private static ReturnKind? ReturnKindOf(Type returnType)
    {
        if (returnType == typeof(Task))
        {
            return ReturnKind.Task;
        }

        if (returnType == typeof(ValueTask))
        {
            return ReturnKind.ValueTask;
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return ReturnKind.TaskOfT;
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return ReturnKind.ValueTaskOfT;
        }

        return null;
    }
}
