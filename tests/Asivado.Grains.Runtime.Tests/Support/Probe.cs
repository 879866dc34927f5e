using System.Collections.Concurrent;

namespace Asivado.Grains.Runtime.Tests.Support;

/// <summary>
/// Shared between a test and its grains (a DI singleton): an ordered event log, named gates grains wait on,
/// and named signals grains raise, so tests can prove ordering without sleeping.
/// </summary>
public sealed class Probe
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new();
    private readonly ConcurrentQueue<string> _events = new();

    public IReadOnlyList<string> Events => _events.ToArray();

    public int Count(string prefix) => _events.Count(e => e.StartsWith(prefix, StringComparison.Ordinal));

    public void Record(string @event) => _events.Enqueue(@event);

    public Task Gate(string name) => Tcs(_gates, name).Task;

    public void Open(string name) => Tcs(_gates, name).TrySetResult();

    public void Signal(string name) => Tcs(_signals, name).TrySetResult();

    public Task WhenSignalled(string name) => Tcs(_signals, name).Task.WaitAsync(TimeSpan.FromSeconds(10));

    private static TaskCompletionSource Tcs(ConcurrentDictionary<string, TaskCompletionSource> map, string name) =>
        map.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
