using System.Reflection;

namespace Asivado.Grains.Runtime.Invocation;

/// <summary>A method descriptor with its compiled invoker; <typeparamref name="TResult"/> is <see cref="VoidResult"/> for Task and ValueTask.</summary>
internal sealed class MethodDescriptor<TResult> : MethodDescriptor
{
    public MethodDescriptor(MethodInfo method, ReturnKind returnKind, RequestFlags flags, Func<object, object?[]?, ValueTask<TResult>> invoker)
        : base(method, returnKind, flags)
    {
        Invoker = invoker;
    }

    public Func<object, object?[]?, ValueTask<TResult>> Invoker { get; }

    public override object? InvokeGrain(GrainReferenceProxy proxy, object?[]? args) =>
        ToDeclared(proxy.Runtime.InvokeAsync(proxy, this, args));

    public override object? InvokeDirect(object target, object?[]? args)
    {
        try
        {
            return ToDeclared(Invoker(target, args));
        }
        catch (Exception ex)
        {
            return Fail(ex);
        }
    }

    public override object? Fail(Exception error) => ToDeclared(ValueTask.FromException<TResult>(error));

    private object? ToDeclared(ValueTask<TResult> result) => ReturnKind switch
    {
        ReturnKind.TaskOfT or ReturnKind.Task when !result.IsCompletedSuccessfully => result.AsTask(),
        ReturnKind.Task => Task.CompletedTask,
        ReturnKind.TaskOfT => result.AsTask(),
        ReturnKind.ValueTaskOfT => result,
        _ => result.IsCompletedSuccessfully ? default(ValueTask) : new ValueTask(result.AsTask()),
    };
}
