namespace Asivado.LoadTest.SignalR;

/// <summary>The server completed an invocation with an error.</summary>
public sealed class HubInvocationException(string target, string error)
    : Exception($"Hub method '{target}' failed: {error}")
{
    public string Target { get; } = target;

    public string Error { get; } = error;
}
