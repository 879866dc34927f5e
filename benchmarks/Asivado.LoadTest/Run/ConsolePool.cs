using Asivado.LoadTest.Scenarios;
using Asivado.LoadTest.SignalR;

namespace Asivado.LoadTest.Run;

/// <summary>Opens the scenario's agent consoles on the hub, a bounded number at a time, and closes them.</summary>
public sealed class ConsolePool(Uri target, string? token, ConsoleSettings settings, EscalationTracker tracker) : IAsyncDisposable
{
    private const int ConnectParallelism = 64;
    private readonly List<HubConnection> _connections = [];
    private int _failed;
    private int _dropped;
    private bool _stopping;

    public int Connected => _connections.Count;

    public int Failed => Volatile.Read(ref _failed);

    public int Dropped => Volatile.Read(ref _dropped);

    public async Task ConnectAllAsync(CancellationToken cancellationToken)
    {
        var hubUrl = new Uri(target, WireContract.ConsoleHubPath);
        await Parallel.ForEachAsync(Enumerable.Range(0, settings.Count), new ParallelOptions { MaxDegreeOfParallelism = ConnectParallelism, CancellationToken = cancellationToken }, async (index, cancellation) =>
        {
            var connection = new HubConnection(new HubConnectionOptions
            {
                HubUrl = hubUrl,
                AccessToken = token,
                QueryParameters = new Dictionary<string, string> { [WireContract.AgentIdQueryParameter] = settings.AgentId(index) },
            });
            connection.On(WireContract.PushTarget, tracker.ForConsole());
            try
            {
                await connection.StartAsync(cancellation).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HubNegotiationException or HubHandshakeException or System.Net.WebSockets.WebSocketException or HttpRequestException)
            {
                Interlocked.Increment(ref _failed);
                await connection.DisposeAsync().ConfigureAwait(false);
                return;
            }

            _ = connection.Closed.ContinueWith(_ => { if (!Volatile.Read(ref _stopping)) Interlocked.Increment(ref _dropped); }, TaskScheduler.Default);
            lock (_connections)
            {
                _connections.Add(connection);
            }
        }).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        Volatile.Write(ref _stopping, true);
        await Parallel.ForEachAsync(_connections, new ParallelOptions { MaxDegreeOfParallelism = ConnectParallelism }, async (connection, _) =>
        {
            await connection.StopAsync().ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
        }).ConfigureAwait(false);
    }
}
