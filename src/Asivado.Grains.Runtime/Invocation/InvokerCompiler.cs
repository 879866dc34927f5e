using System.Linq.Expressions;
using System.Reflection;

namespace Asivado.Grains.Runtime.Invocation;

/// <summary>
/// Compiles, once per interface method, a delegate that calls the method on a target object with an
/// argument array, so that no reflection runs per call.
/// </summary>
internal static class InvokerCompiler
{
    private static readonly MethodInfo FromTask = typeof(TaskAdapters).GetMethod(nameof(TaskAdapters.FromTask))!;
    private static readonly MethodInfo FromValueTask = typeof(TaskAdapters).GetMethod(nameof(TaskAdapters.FromValueTask))!;
    private static readonly MethodInfo FromTaskOfT = typeof(TaskAdapters).GetMethod(nameof(TaskAdapters.FromTaskOfT))!;
    private static readonly MethodInfo CreateDescriptorMethod = typeof(InvokerCompiler).GetMethod(nameof(CreateDescriptor), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static MethodDescriptor Compile(MethodInfo method, ReturnKind kind, RequestFlags flags)
    {
        var resultType = kind is ReturnKind.TaskOfT or ReturnKind.ValueTaskOfT
            ? method.ReturnType.GetGenericArguments()[0]
            : typeof(VoidResult);
        var target = Expression.Parameter(typeof(object), "target");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var arguments = method.GetParameters().Select((p, i) => (Expression)Expression.Convert(
            Expression.ArrayIndex(args, Expression.Constant(i)),
            p.ParameterType));
        Expression call = Expression.Call(Expression.Convert(target, method.DeclaringType!), method, arguments);
        call = kind switch
        {
            ReturnKind.Task => Expression.Call(FromTask, call),
            ReturnKind.ValueTask => Expression.Call(FromValueTask, call),
            ReturnKind.TaskOfT => Expression.Call(FromTaskOfT.MakeGenericMethod(resultType), call),
            _ => call,
        };
        var delegateType = typeof(Func<,,>).MakeGenericType(typeof(object), typeof(object?[]), typeof(ValueTask<>).MakeGenericType(resultType));
        var invoker = Expression.Lambda(delegateType, call, target, args).Compile();
        return (MethodDescriptor)CreateDescriptorMethod.MakeGenericMethod(resultType).Invoke(null, [method, kind, flags, invoker])!;
    }

    private static MethodDescriptor CreateDescriptor<TResult>(MethodInfo method, ReturnKind kind, RequestFlags flags, Delegate invoker) =>
        new MethodDescriptor<TResult>(method, kind, flags, (Func<object, object?[]?, ValueTask<TResult>>)invoker);
}
