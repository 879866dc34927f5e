using System.Text.Json;

namespace Asivado.LoadTest.SignalR;

/// <summary>An InvokeAsync waiting for its completion message.</summary>
internal abstract class PendingInvocation(string target)
{
    public string Target { get; } = target;

    /// <summary>Called on the receive loop; must not keep <paramref name="result"/> beyond the call.</summary>
    public abstract void Complete(JsonElement? result);

    public abstract void Fail(Exception exception);
}

internal sealed class PendingInvocation<T>(string target, JsonSerializerOptions serializerOptions) : PendingInvocation(target)
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Task => _completion.Task;

    public override void Complete(JsonElement? result)
    {
        try
        {
            _completion.TrySetResult(result is { } element ? element.Deserialize<T>(serializerOptions)! : default!);
        }
        catch (JsonException exception)
        {
            _completion.TrySetException(new HubInvocationException(Target, $"result is not a {typeof(T).Name}: {exception.Message}"));
        }
    }

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}
