namespace Asivado.Grains.Runtime.Invocation;

/// <summary>Turns what a grain method returns into the one shape the runtime schedules: ValueTask&lt;T&gt;.</summary>
internal static class TaskAdapters
{
    public static ValueTask<VoidResult> FromTask(Task task) =>
        task.IsCompletedSuccessfully ? default : new ValueTask<VoidResult>(AwaitTask(task));

    public static ValueTask<VoidResult> FromValueTask(ValueTask task) =>
        task.IsCompletedSuccessfully ? default : new ValueTask<VoidResult>(AwaitValueTask(task));

    public static ValueTask<T> FromTaskOfT<T>(Task<T> task) => new(task);

    public static Exception ExceptionOf<T>(ValueTask<T> completed)
    {
        try
        {
            _ = completed.Result;
        }
        catch (Exception ex)
        {
            return ex;
        }

        throw new InvalidOperationException("The task did not fail.");
    }

    private static async Task<VoidResult> AwaitTask(Task task)
    {
        await task.ConfigureAwait(false);
        return default;
    }

    private static async Task<VoidResult> AwaitValueTask(ValueTask task)
    {
        await task.ConfigureAwait(false);
        return default;
    }
}
